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
// - Headings keep their inline code in the contents list and the anchor:
//   TypeDoc's Markdown renderer only counts plain text, so "`nps` and `enps` —
//   Net Promoter Score" became "and — Net Promoter Score" with the anchor
//   `#and`; here the code is written as <code> HTML around plain text, which
//   both the contents list and the anchor read.
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

/** The display parts of a guide with every exported name in inline code turned into a link. */
function linkNames(project, document, parts, mentions) {
  const { offsets, headings } = headingsOf(parts);
  const title = document.name;
  return parts.map((part, index) => {
    if (part.kind !== 'code') return part;
    const name = /^`([A-Za-z_$][\w$]*)(?:\(\))?`$/.exec(part.text)?.[1];
    if (name === undefined) return part;
    const target = project.getChildByName([name]);
    if (target === undefined || !target.kindOf(LINKABLE)) return part;
    const at = offsets[index];
    const heading = headings.filter((h) => h.start <= at).at(-1);
    const inHeading = heading !== undefined && at < heading.end;
    const list = mentions.get(target) ?? [];
    const anchor = heading === undefined || heading.level === 1 ? undefined : slug(heading.text);
    list.push({ document, title, heading: heading?.level === 1 ? undefined : heading?.text, anchor, named: inHeading });
    mentions.set(target, list);
    if (inHeading) return part;
    return { kind: 'inline-tag', tag: '@linkcode', text: name, target };
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
    const label = place.heading === undefined ? place.title : `${place.title} › ${place.heading}`;
    parts.push({ kind: 'text', text: `[${label.replace(/[[\]]/g, '')}](` });
    parts.push({ kind: 'relative-link', text: path, target, targetAnchor: place.anchor });
    parts.push({ kind: 'text', text: ')' });
  });
  return new CommentTag('@guide', parts);
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

/** Inline code inside a heading is written as <code>…</code> around a text token, which TypeDoc's slug and contents list read. */
function codeInHeadings(md) {
  md.core.ruler.push('clientele_heading_code', (state) => {
    const tokens = state.tokens;
    for (let i = 1; i < tokens.length; i += 1) {
      if (tokens[i].type !== 'inline' || tokens[i - 1].type !== 'heading_open') continue;
      const children = [];
      for (const child of tokens[i].children ?? []) {
        if (child.type !== 'code_inline') {
          children.push(child);
          continue;
        }
        const open = new state.Token('html_inline', '', 0);
        open.content = '<code>';
        const text = new state.Token('text', '', 0);
        text.content = child.content;
        const close = new state.Token('html_inline', '', 0);
        close.content = '</code>';
        children.push(open, text, close);
      }
      tokens[i].children = children;
    }
  });
}

export function load(app) {
  const previous = app.options.getValue('markdownItLoader');
  app.options.setValue('markdownItLoader', (md) => {
    previous?.(md);
    codeInHeadings(md);
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const mentions = new Map();
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
