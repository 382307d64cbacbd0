// C0 controls but tab and newline, DEL, and the C1 block (U+0080–U+009F: 8-bit CSI/OSC on some terminals).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

const hex = (c: string) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Makes text safe to print on a terminal: every control character except tab and newline is shown
 * escaped (`ESC` as `\x1B`), so a file name, feed title or JSON snippet cannot move the cursor, set the
 * window title (OSC 0) or write the clipboard (OSC 52). Every CLI message goes through this before it is
 * printed; the newlines it keeps are the CLI's own line breaks. Data output (graph JSON) is not a message
 * and is written as is.
 */
export function terminalText(text: string): string {
  return text.replace(CONTROL, hex);
}
