/** The text stage: front matter, HTML to text, artifacts, segmentation, language by script. */
export * from './span.ts';
export * from './front-matter.ts';
export * from './html.ts';
export { parseHtml, type HtmlElement, type HtmlNode, type HtmlText } from './html-parse.ts';
export * from './language.ts';
export * from './artifacts.ts';
export { paragraphs, sentences } from './segment.ts';
export * from './document.ts';
