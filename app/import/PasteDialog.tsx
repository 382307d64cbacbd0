import { useRef, useState } from 'react';
import { useAppStoreApi } from '../store';

/** A file name for pasted text, from the name the user typed (kept to safe characters). */
export function pastedFileName(name: string): string {
  const base = name
    .trim()
    .replace(/[^\p{L}\p{N} _.-]+/gu, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'pasted text'}.txt`;
}

/** "Paste text…": a modal dialog with a text area; the text is imported as one plain-text article. */
export function PasteDialog() {
  const store = useAppStoreApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const close = () => dialog.current?.close();
  const submit = () => {
    if (!text.trim()) return;
    void store.getState().importText(text, pastedFileName(name));
    setText('');
    setName('');
    close();
  };
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        Paste text…
      </button>
      <dialog ref={dialog} className="paste-dialog" aria-labelledby="paste-title">
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <h2 id="paste-title">Paste an article</h2>
          <label>
            Name (optional)
            <input value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            Article text
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={12} required />
          </label>
          <div className="dialog-buttons">
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button type="submit" disabled={!text.trim()}>
              Import text
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
