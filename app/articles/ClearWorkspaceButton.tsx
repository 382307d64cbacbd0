import { useRef } from 'react';
import { useAppStoreApi } from '../store';

/** "Clear workspace", which asks first: the articles and graph go from the screen and from storage. */
export function ClearWorkspaceButton({ disabled }: { disabled: boolean }) {
  const store = useAppStoreApi();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" disabled={disabled} onClick={() => dialog.current?.showModal()}>
        Clear workspace…
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby="clear-title" aria-describedby="clear-text">
        <h2 id="clear-title">Clear the workspace?</h2>
        <p id="clear-text">
          Every article and the whole graph will be removed from this browser. This cannot be undone; export first to
          keep a copy.
        </p>
        <div className="dialog-buttons">
          <button type="button" autoFocus onClick={() => dialog.current?.close()}>
            Keep everything
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              dialog.current?.close();
              void store.getState().clearWorkspace();
            }}
          >
            Clear workspace
          </button>
        </div>
      </dialog>
    </>
  );
}
