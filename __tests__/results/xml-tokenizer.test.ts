import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/inputs/user-error.js';
import { XmlTokenizer, type XmlAttributes } from '../../src/results/xml-tokenizer.js';

/** Runs the tokenizer over `chunks` and returns its events as compact strings (adjacent text merged). */
function events(chunks: string[]): string[] {
  const out: string[] = [];
  const tokenizer = new XmlTokenizer(
    {
      wantsText: true,
      open: (name: string, attributes: XmlAttributes) => out.push(`<${name} ${JSON.stringify(attributes)}>`),
      close: (name: string) => out.push(`</${name}>`),
      text: (text: string) => {
        const last = out.length - 1;
        if (out[last]?.startsWith('"')) out[last] = JSON.stringify(JSON.parse(out[last]) + text);
        else out.push(JSON.stringify(text));
      },
    },
    { source: 't.xml', maxDepth: 256 },
  );
  for (const chunk of chunks) tokenizer.write(chunk);
  tokenizer.end();
  return out;
}

const DOCUMENT =
  '<?xml version="1.0"?>\n<!-- a comment with <tags> and -- dashes -->\n' +
  '<a x="1 &lt; 2" y=\'&quot;q&quot; &apos;s&apos;\' z = "&#65;&#x42;&#x1F600;>">' +
  'one &amp; two &gt; &unknown; &#0; <b/><![CDATA[raw <x> &amp; ]] ]]><?pi stuff?>end</a>';

const EXPECTED = [
  '<a {"x":"1 < 2","y":"\\"q\\" \'s\'","z":"AB😀>"}>',
  '"one & two > &unknown; \uFFFD "',
  '<b {}>',
  '</b>',
  '"raw <x> &amp; ]] end"',
  '</a>',
];

describe('XmlTokenizer', () => {
  it('decodes entities, attributes in either quote, CDATA, comments and processing instructions', () => {
    expect(events([DOCUMENT])).toEqual(EXPECTED);
  });

  it('gives the same events however the input is split, down to one character per chunk', () => {
    for (const size of [1, 2, 3, 5, 7, 13]) {
      const chunks: string[] = [];
      for (let i = 0; i < DOCUMENT.length; i += size) chunks.push(DOCUMENT.slice(i, i + size));
      expect(events(chunks), `chunks of ${size}`).toEqual(EXPECTED);
    }
  });

  it.each([
    ['<a><b></a>', 't.xml:1: expected </b> but found </a>'],
    ['<a>\n<b x=1/></a>', 't.xml:2: attribute x in <b> is not quoted'],
    ['<a>\n\n<![CDATA[never closed', 't.xml:3: unexpected end of file inside a CDATA section'],
    ['<a></a><a></a>', 't.xml:1: a second root element <a>'],
    ['text<a/>', 't.xml:1: text before the root element (not XML?)'],
    ['<a/>\ntrailing', 't.xml:2: text after the root element'],
    [
      '<a><!ENTITY x "y"></a>',
      't.xml:1: refusing a <!ENTITY> declaration: test reports never need one, and expanding it would allow XXE or entity-expansion attacks. Remove the declaration from the report.',
    ],
    ['<a b="1"', 't.xml:1: unexpected end of file inside a tag: "<a b=\\"1\\""'],
    ['', 't.xml:1: no XML element found (empty or not XML)'],
  ])('refuses %j with a UserError naming file and line', (input, message) => {
    expect(() => events([input])).toThrow(new UserError(message));
  });

  it('rejects nesting deeper than the limit', () => {
    const tokenizer = new XmlTokenizer(
      { wantsText: false, open() {}, close() {}, text() {} },
      { source: 'd.xml', maxDepth: 3 },
    );
    expect(() => tokenizer.write('<a><b><c><d>')).toThrow('d.xml:1: elements nested deeper than 3 levels');
  });
});
