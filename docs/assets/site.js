// The site's own script (copied by typedoc as assets/custom.js through
// scripts/docs.mjs). It draws the guides' ```mermaid blocks as diagrams.
//
// TypeDoc keeps <body> hidden (display: none) until its navigation data has
// loaded; Mermaid measures text while it lays a diagram out, and inside a
// hidden body every measure is 0, which gives empty 16×16 pictures and
// "Syntax error" graphics. So nothing is drawn before the body is visible.
// The diagrams follow the site's theme (TypeDoc's "OS", "Light" or "Dark"
// setting) and are drawn again when it changes. A diagram too wide to read in
// the column keeps its natural size inside a scrolling frame, with a link
// that opens it alone.
(() => {
  'use strict';
  const script = document.currentScript;
  const assets = script ? new URL('.', script.src).href : new URL('assets/', document.baseURI).href;
  // a diagram shrunk below this share of its natural size is drawn at this share in a scrolling frame
  // (Mermaid's 16 px labels at 12 px)
  const READABLE = 0.75;
  // lines of Mermaid source above which a chart is drawn with tighter spacing
  const LARGE = 60;
  let figures = [];
  let drawing = Promise.resolve();
  let drawnDark = null;

  function dark() {
    const theme = document.documentElement.dataset.theme;
    if (theme === 'dark') return true;
    if (theme === 'light') return false;
    return window.matchMedia('(prefers-color-scheme: dark)').matches;
  }

  function bodyVisible() {
    return document.body !== null && document.body.style.display !== 'none' && getComputedStyle(document.body).display !== 'none';
  }

  function whenVisible() {
    return new Promise((resolve) => {
      if (bodyVisible()) return resolve();
      const observer = new MutationObserver(() => {
        if (!bodyVisible()) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(document.body, { attributes: true, attributeFilter: ['style', 'class'] });
    });
  }

  function loadMermaid() {
    if (window.mermaid) return Promise.resolve(window.mermaid);
    return new Promise((resolve, reject) => {
      const tag = document.createElement('script');
      tag.src = `${assets}mermaid.min.js`;
      tag.onload = () => resolve(window.mermaid);
      tag.onerror = () => reject(new Error(`could not load ${tag.src}`));
      document.head.append(tag);
    });
  }

  /** Replaces each ```mermaid block by an empty figure that keeps its source. */
  function collect() {
    const blocks = document.querySelectorAll('pre > code.mermaid, pre > code.language-mermaid');
    return [...blocks].map((code, index) => {
      const figure = document.createElement('figure');
      figure.className = 'diagram';
      figure.dataset.source = code.textContent;
      figure.dataset.index = String(index);
      const frame = document.createElement('div');
      frame.className = 'diagram-frame';
      frame.setAttribute('tabindex', '0');
      frame.setAttribute('role', 'group');
      frame.setAttribute('aria-label', 'Diagram');
      figure.append(frame);
      code.parentElement.replaceWith(figure);
      return figure;
    });
  }

  function fullSizeLink(figure, svg) {
    let link = figure.querySelector('a.diagram-full-size');
    if (link === null) {
      link = document.createElement('a');
      link.className = 'diagram-full-size';
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = 'Open the diagram full size';
      const caption = document.createElement('figcaption');
      caption.append(link);
      figure.append(caption);
    }
    if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
    const background = getComputedStyle(document.body).backgroundColor;
    const page = `<!doctype html><meta charset="utf-8"><title>${document.title}: diagram</title><body style="margin:1rem;background:${background}">${svg}</body>`;
    link.href = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
  }

  async function draw(mermaid) {
    const isDark = dark();
    drawnDark = isDark;
    for (const figure of figures) {
      const frame = figure.querySelector('.diagram-frame');
      // a large chart (the sample organisation's 82 units) gets tighter spacing
      const large = figure.dataset.source.split('\n').length > LARGE;
      mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
        theme: isDark ? 'dark' : 'default',
        flowchart: large ? { useMaxWidth: true, nodeSpacing: 20, rankSpacing: 30 } : { useMaxWidth: true },
      });
      const id = `diagram-${figure.dataset.index}-${isDark ? 'dark' : 'light'}-${Date.now()}`;
      try {
        const { svg } = await mermaid.render(id, figure.dataset.source);
        frame.innerHTML = svg;
      } catch (error) {
        document.getElementById(`d${id}`)?.remove();
        frame.textContent = figure.dataset.source;
        frame.classList.add('diagram-failed');
        console.error('diagram', figure.dataset.index, error);
        continue;
      }
      const picture = frame.querySelector('svg');
      const natural = picture.viewBox.baseVal.width;
      const wide = natural > 0 && frame.clientWidth / natural < READABLE;
      figure.classList.toggle('diagram-wide', wide);
      if (wide) {
        picture.style.maxWidth = 'none';
        picture.setAttribute('width', String(Math.ceil(natural * READABLE)));
        picture.setAttribute('height', String(Math.ceil(picture.viewBox.baseVal.height * READABLE)));
        fullSizeLink(figure, frame.innerHTML);
      }
    }
    document.documentElement.dataset.diagrams = 'drawn';
  }

  function redraw(mermaid) {
    drawing = drawing.then(() => draw(mermaid)).catch((error) => console.error(error));
    return drawing;
  }

  async function start() {
    figures = collect();
    if (figures.length === 0) return;
    document.documentElement.dataset.diagrams = 'pending';
    const [mermaid] = await Promise.all([loadMermaid(), whenVisible()]);
    // one frame after the body shows, so the column has its final width
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    await redraw(mermaid);
    const again = () => {
      if (dark() !== drawnDark) redraw(mermaid);
    };
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', again);
    new MutationObserver(again).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => start().catch((error) => console.error(error)));
  else start().catch((error) => console.error(error));
})();
