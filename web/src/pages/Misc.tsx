import { Notice, Page } from '../components/ui';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <Notice>There’s nothing at this address. It may have moved.</Notice>
      <p>
        <a class="btn btn-secondary" href="/">
          Go to the start
        </a>
      </p>
    </Page>
  );
}

export function GoodbyePage() {
  return (
    <Page title="Your account is deleted">
      <p class="lead">Everything you wrote in Rapport has been removed. Thank you for the time you spent here.</p>
      <p>
        <a class="btn btn-secondary" href="/signup">
          Start again with a new account
        </a>
      </p>
    </Page>
  );
}
