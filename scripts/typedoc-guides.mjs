// A TypeDoc plugin (named in typedoc.json, so `typedoc --emit none` in
// `npm test` runs it too) that ties the guides in docs/*.md to the API pages:
//
// - Inline code that is exactly an exported name (`nps`, `nps()`,
//   `toMermaid`) becomes a link to that name's page, outside headings; a
//   guide never has to spell `{@link nps}`, and TypeDoc's link validation
//   checks every one of them.
// - Each API page linked that way gets a "Guide" section that links back to
//   the guide sections naming it (the sections whose heading names it first,
//   at most three).
// - The README, the site's landing page, leaves out what lies between
//   `<!-- site:omit -->` and `<!-- /site:omit -->` (commands for contributors).
// - A class's members inherited from the platform (Error's) are left out.
// - Headings keep their inline code in the contents list and the anchor:
//   TypeDoc's Markdown renderer only counts plain text, so "`nps` and `enps` —
//   Net Promoter Score" became "and — Net Promoter Score" with the anchor
//   `#and`; here the code is written as <code> HTML around plain text, which
//   both the contents list and the anchor read (markdown-it's `html` option is
//   on by default in TypeDoc).
import { CommentTag, Converter, ReflectionKind } from 'typedoc';

const LINKABLE = ReflectionKind.Function | ReflectionKind.Class | ReflectionKind.Interface | ReflectionKind.TypeAlias | ReflectionKind.Variable;
const BACKLINKS = 3;

/** TypeDoc's own slug for a heading's text (Slugger.serialize, lower-cased), first use on the page. */
export function slug(text) {
  const serial = text
    .trim()
    .replace(/[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,./:;<=>?@[\]^`{|}~]/g, '')
    .replace(/\s/g, '-')
    .replace(/--+/, '-');
  return (serial || '_').toLocaleLowerCase();
}

/** Where each heading of a guide starts and ends, over the text of its parts (fenced blocks blanked). */
function headingsOf(parts) {
  let text = '';
  const offsets = [];
  for (const part of parts) {
    offsets.push(text.length);
    text += part.kind === 'code' && part.text.startsWith('```') ? '``` ```' : part.text;
  }
  const headings = [];
  for (const match of text.matchAll(/^(#{1,6}) +(.+)$/gm)) {
    headings.push({ start: match.index, end: match.index + match[0].length, level: match[1].length, text: match[2].replace(/`/g, '').trim() });
  }
  return { offsets, headings };
}

function inHeadingAt(headings, at) {
  const heading = headings.filter((h) => h.start <= at).at(-1);
  return heading !== undefined && at < heading.end;
}

/** Inline code in a heading as <code> HTML around plain text, which TypeDoc's slug and contents list read. */
function headingCode(part) {
  const inner = part.text.replace(/^`+|`+$/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return { kind: 'text', text: `<code>${inner}</code>` };
}

/** The display parts of a guide with every exported name in inline code turned into a link. */
function linkNames(project, document, parts, mentions) {
  const { offsets, headings } = headingsOf(parts);
  return parts.map((part, index) => {
    if (part.kind !== 'code' || part.text.startsWith('```')) return part;
    const at = offsets[index];
    const heading = headings.filter((h) => h.start <= at).at(-1);
    const inHeading = heading !== undefined && at < heading.end;
    const name = /^`([A-Za-z_$][\w$]*)(?:\(\))?`$/.exec(part.text)?.[1];
    const target = name === undefined ? undefined : project.getChildByName([name]);
    if (target !== undefined && target.kindOf(LINKABLE)) {
      const section = heading === undefined || heading.level === 1 ? undefined : heading;
      const list = mentions.get(target) ?? [];
      list.push({ document, heading: section?.text, anchor: section && slug(section.text), named: inHeading });
      mentions.set(target, list);
      if (!inHeading) return { kind: 'inline-tag', tag: '@linkcode', text: name, target };
    }
    return inHeading ? headingCode(part) : part;
  });
}

/** The "Guide" section added to an API page: the sections naming it in their heading first. */
function guideTag(project, places) {
  const seen = new Set();
  const chosen = [];
  for (const place of [...places.filter((p) => p.named), ...places.filter((p) => !p.named)]) {
    const key = `${place.document.id}#${place.anchor ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    chosen.push(place);
    if (chosen.length === BACKLINKS) break;
  }
  const parts = [];
  chosen.forEach((place, i) => {
    if (i > 0) parts.push({ kind: 'text', text: ' · ' });
    const path = project.files.getReflectionPath(place.document);
    const { target } = project.files.registerAbsolute(path);
    const label = place.heading === undefined ? place.document.name : `${place.document.name} › ${place.heading}`;
    parts.push({ kind: 'text', text: `[${label.replace(/[[\]]/g, '')}](` });
    parts.push({ kind: 'relative-link', text: path, target, targetAnchor: place.anchor });
    parts.push({ kind: 'text', text: ')' });
  });
  return new CommentTag('@guide', parts);
}

/** The README's parts without what lies between `<!-- site:omit -->` and `<!-- /site:omit -->` (contributor commands). */
function withoutOmitted(parts) {
  const kept = [];
  let omitting = false;
  for (const part of parts) {
    if (part.kind !== 'text') {
      if (!omitting) kept.push(part);
      continue;
    }
    let rest = part.text;
    let text = '';
    for (;;) {
      const marker = omitting ? '<!-- /site:omit -->' : '<!-- site:omit -->';
      const at = rest.indexOf(marker);
      if (at < 0) break;
      if (!omitting) text += rest.slice(0, at);
      rest = rest.slice(at + marker.length);
      omitting = !omitting;
    }
    if (!omitting) text += rest;
    if (text !== '') kept.push({ ...part, text });
  }
  return kept;
}

function documentsOf(project) {
  const found = [];
  const visit = (reflection) => {
    for (const document of reflection.documents ?? []) {
      found.push(document);
      visit(document);
    }
  };
  visit(project);
  return found;
}

export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const mentions = new Map();
    if (project.readme) project.readme = withoutOmitted(project.readme);
    // members a class inherits from the platform (Error.captureStackTrace and the like) are hidden by
    // TypeDoc's default filters anyway, and leave an empty "Methods" heading behind
    for (const owner of project.getReflectionsByKind(ReflectionKind.Class)) {
      for (const member of [...(owner.children ?? [])]) {
        if (member.flags.isExternal && member.inheritedFrom !== undefined) project.removeReflection(member);
      }
    }
    for (const document of documentsOf(project)) {
      document.content = linkNames(project, document, document.content, mentions);
    }
    for (const [target, places] of mentions) {
      const owner = target.kindOf(ReflectionKind.Function) ? target.signatures?.[0] : target;
      if (owner?.comment === undefined) continue;
      owner.comment.blockTags.push(guideTag(project, places));
    }
  });
}
