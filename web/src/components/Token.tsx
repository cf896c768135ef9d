import { useId, useState, type FormEvent } from 'react';
import { TOKEN_KEY } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The API token for writes, kept in sessionStorage: this tab only, gone when it closes. */
export function useToken(): [string | null, (token: string | null) => void] {
  const [token, setTokenState] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));
  const setToken = (next: string | null) => {
    if (next) sessionStorage.setItem(TOKEN_KEY, next);
    else sessionStorage.removeItem(TOKEN_KEY);
    setTokenState(next);
  };
  return [token, setToken];
}

/** Entering (or forgetting) the token; the secret is never shown back. */
export function TokenForm({ token, setToken }: { token: string | null; setToken(token: string | null): void }) {
  const i18n = useI18n();
  const [text, setText] = useState('');
  const hintId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) setToken(text.trim());
    setText('');
  };
  return (
    <form className="toolbar" onSubmit={submit}>
      <label className="grow">
        {i18n.t('review.token')}
        <input type="password" name="token" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} aria-describedby={hintId} />
      </label>
      <button type="submit">{i18n.t('review.save')}</button>
      {token && <button type="button" onClick={() => setToken(null)}>{i18n.t('review.forget')}</button>}
      <span id={hintId} className="muted small">{token ? i18n.t('review.tokenSet') : i18n.t('review.tokenHint')}</span>
    </form>
  );
}
