// The per-check-in switch under the note: "Let my partner read this note" (sends share_note).
import '../styles/consent.css';
import { SwitchRow } from './Sharing';

export function NoteShareToggle({ checked, onChange }: { checked: boolean; onChange: (next: boolean) => void }) {
  return (
    <div class="note-share">
      <SwitchRow
        id="share-note"
        title="Let my partner read this note"
        description="Only this day’s note, after you save. You can turn it off again at any time."
        checked={checked}
        onLabel="Shared"
        offLabel="Private"
        onChange={onChange}
      />
    </div>
  );
}
