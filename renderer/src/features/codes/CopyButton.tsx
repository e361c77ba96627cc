import { groupCode } from './groupCode';

/**
 * A code, grouped for reading, as the button that copies it (click, Enter or Space). It
 * has no handler of its own: the list handles every row's clicks in one place, by
 * `data-action` and the row's `data-id` (`CodeList`). `label`: "Copy the code of …".
 */
export function CopyButton({ code, label }: { code: string; label: string }) {
  return (
    <button type="button" className="code-button" data-action="copy">
      <span className="code">{groupCode(code)}</span>
      <span className="visually-hidden">{label}</span>
    </button>
  );
}
