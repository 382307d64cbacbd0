/** Import UI: file picker, paste dialog, whole-window drop zone, progress with cancel, per-file report. */
export { DropZone } from './DropZone';
export { ImportControls } from './ImportControls';
export { pastedFileName } from './PasteDialog';
