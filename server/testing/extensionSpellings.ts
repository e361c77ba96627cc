/**
 * Every way of writing a phone extension that the protocol refuses (api.md: `ext 12`,
 * `ext. 12`, `extension 12`, `x12`, `#12`, `;ext=12`, `,12`, `,,12`, `;12`, `tel:…;ext=12`,
 * in any spacing or case), for the parser's tests and the HTTP tests alike.
 */
export const extensionSpellings: readonly string[] = [
  '201-555-0123 ext 12',
  '201-555-0123 ext. 12',
  '201-555-0123 extension 12',
  '201-555-0123 x12',
  '201-555-0123 #12',
  '201-555-0123;ext=12',
  '201-555-0123,12',
  '201-555-0123,,12',
  '201-555-0123;12',
  'tel:+1-201-555-0123;ext=12',
  '201-555-0123 EXT 12',
  '201-555-0123 Ext.12',
  '201-555-0123   EXTENSION   12',
  '201-555-0123 X 12',
  '201-555-0123 # 12',
  '201-555-0123 ; ext = 12',
  '201-555-0123 , 12',
  '+1 201 555 0123 Ext:12',
  'TEL:+1-201-555-0123;EXT=12',
  '201 555 0123  EXT   12',
  // No space before the x: a word boundary there would let these through.
  '2015550123x12',
  '(201) 555-0123x12',
  '201-555-0123X 12',
  '201-555-0123 extn 12',
];
