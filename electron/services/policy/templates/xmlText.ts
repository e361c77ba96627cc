/** Text escaped for an XML element or attribute. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** How the templates and the IT guide name a setting's type. */
export const kindNames = { boolean: 'boolean', integer: 'integer', string: 'string', list: 'list of strings' } as const;
