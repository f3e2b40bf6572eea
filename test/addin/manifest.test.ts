/**
 * @jest-environment jsdom
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const ORIGIN = 'https://localhost:3000';
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const all = (): Element[] => Array.from(doc.getElementsByTagName('*'));
const byLocalName = (name: string): Element[] => all().filter((e) => e.localName === name);
const one = (name: string): Element => {
  const found = byLocalName(name);
  if (found.length === 0) throw new Error(`<${name}> missing from manifest.xml`);
  return found[0]!;
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The file in the repository that the build serves at a manifest URL (webpack copies assets/icons/ as is). */
function sourceOf(url: string): string {
  expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
  const p = url.slice(ORIGIN.length + 1);
  const pages: Record<string, string> = {
    'taskpane.html': 'src/addin/taskpane/taskpane.html',
    'commands.html': 'src/addin/commands/commands.html',
    'index.html': 'src/web/index.html',
  };
  return path.join(ROOT, pages[p] ?? p);
}

function resourceUrl(id: string): string {
  const el = all().find((e) => e.getAttribute('id') === id && ['Image', 'Url'].includes(e.localName));
  if (!el) throw new Error(`resid "${id}" has no image or URL in <Resources>`);
  return el.getAttribute('DefaultValue')!;
}

describe('manifest.xml', () => {
  it('is well-formed and validates against the Office XSD with xmllint', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const which = spawnSync('sh', ['-c', 'command -v xmllint']);
    if (which.status !== 0) throw new Error('xmllint is missing: install it with `apt-get install -y libxml2-utils` (scripts/ensure-system-deps.sh does).');
    const out = execFileSync('bash', [path.join(ROOT, 'scripts/validate-manifest.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out + '').toBe('');
  });

  it('describes a Vietnamese task-pane add-in for workbooks that every Excel shows', () => {
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(one('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one('DefaultLocale').textContent).toBe('vi-VN');
    expect(one('DisplayName').getAttribute('DefaultValue')).toBe('Bieu – Biểu số liệu');
    expect(one('Description').getAttribute('DefaultValue')).toMatch(/kiểm tra.*tổng hợp/);
    expect(one('Permissions').textContent).toBe('ReadWriteDocument');
    expect(byLocalName('Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'))).toEqual(['Workbook', 'Workbook']);
    // No <Requirements>: hosts below a set would not even list the add-in; features degrade at run time.
    expect(byLocalName('Requirements')).toHaveLength(0);
    expect(byLocalName('Sets')).toHaveLength(0);
    expect(one('SourceLocation').getAttribute('DefaultValue')).toBe(`${ORIGIN}/taskpane.html`);
  });

  it('puts a "Biểu số liệu" group with a task-pane button on the Home tab', () => {
    const tab = one('OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const group = tab.getElementsByTagName('Group')[0]!;
    const label = (el: Element) => {
      const resid = Array.from(el.children).find((c) => c.localName === 'Label')!.getAttribute('resid')!;
      return all().find((e) => e.localName === 'String' && e.getAttribute('id') === resid)!.getAttribute('DefaultValue');
    };
    expect(label(group)).toBe('Biểu số liệu');
    const control = group.getElementsByTagName('Control')[0]!;
    expect(control.getAttribute('xsi:type')).toBe('Button');
    const action = control.getElementsByTagName('Action')[0]!;
    expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
    expect(resourceUrl(action.getElementsByTagName('SourceLocation')[0]!.getAttribute('resid')!)).toBe(`${ORIGIN}/taskpane.html`);
    expect(resourceUrl(one('FunctionFile').getAttribute('resid')!)).toBe(`${ORIGIN}/commands.html`);
  });

  it('has icons at their sizes: 32 and 64 px for the add-in, 16, 32 and 80 px for the ribbon', () => {
    for (const [tag, size] of [['IconUrl', 32], ['HighResolutionIconUrl', 64]] as const) {
      const file = sourceOf(one(tag).getAttribute('DefaultValue')!);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    const ribbon = byLocalName('Image').filter((e) => e.hasAttribute('resid'));
    expect(ribbon.length).toBeGreaterThanOrEqual(3);
    for (const icon of ribbon) {
      const size = Number(icon.getAttribute('size'));
      const file = sourceOf(resourceUrl(icon.getAttribute('resid')!));
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    // Every <Icon> offers all three ribbon sizes.
    for (const set of byLocalName('Icon')) {
      expect(Array.from(set.children).map((c) => c.getAttribute('size')).sort()).toEqual(['16', '32', '80']);
    }
  });

  it('defines every resid it uses, and uses every resource it defines', () => {
    const used = new Set(all().filter((e) => e.hasAttribute('resid')).map((e) => e.getAttribute('resid')!));
    const resources = one('Resources');
    const defined = Array.from(resources.getElementsByTagName('*'))
      .filter((e) => e.hasAttribute('id'))
      .map((e) => e.getAttribute('id')!);
    expect(new Set(defined).size).toBe(defined.length); // no duplicates
    expect([...used].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    // Short strings fit Office's 125-character limit; long strings its 250.
    for (const s of byLocalName('ShortStrings').flatMap((e) => Array.from(e.children))) expect(s.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(125);
    for (const s of byLocalName('LongStrings').flatMap((e) => Array.from(e.children))) expect(s.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(250);
  });

  it('keeps every URL on one origin, at paths the build produces', () => {
    const urls = all()
      .map((e) => e.getAttribute('DefaultValue'))
      .filter((v): v is string => v !== null && /^https?:/.test(v));
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) {
      // Production builds rewrite exactly this prefix (webpack.config.js).
      expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
      const p = url.slice(ORIGIN.length + 1);
      expect(p).toMatch(/^(taskpane\.html|commands\.html|index\.html|assets\/icons\/icon-\d+\.png)$/);
      expect(fs.existsSync(sourceOf(url))).toBe(true);
    }
    expect(byLocalName('AppDomain').map((e) => e.textContent)).toEqual([ORIGIN]);
    // Nothing else in the file names another origin.
    expect(xml.match(/https?:\/\/[^"<\s]+/g)!.filter((u) => !u.startsWith(ORIGIN) && !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'))).toEqual([]);
  });
});
