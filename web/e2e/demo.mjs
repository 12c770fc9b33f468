// Reads the credentials `rapport demo` prints. Tolerant of layout: it takes the first email
// address and the password written after it ("password: …", "password …" or "email / password").
export function parseDemoCredentials(text) {
  const lines = String(text).split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const email = lines[i].match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/);
    if (!email) continue;
    const sameLine = lines[i].slice(email.index + email[0].length);
    const candidates = [sameLine, ...(lines.slice(i + 1, i + 3))];
    for (const c of candidates) {
      const m = c.match(/password\s*[:=]?\s*["'“]?([^\s"'”]+(?: [^\s"'”]+)*)["'”]?/i) || c.match(/^\s*[\/|,]\s*["']?(\S+)["']?/);
      if (m) return { email: email[0], password: m[1].trim() };
    }
  }
  return null;
}
