import type { Block } from '../../model/Block.js';

/** Elements whose text is never body text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'input', 'button', 'select', 'textarea', 'option', 'head', 'title', 'meta', 'link']);

/** Page chrome, skipped when there is no readability result to trust. */
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert']);

/** Elements that start a new paragraph. `br` ends one, as browsers' reader views treat it. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'figure', 'figcaption', 'address', 'hr', 'body', 'center', 'details', 'summary']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Turns a DOM subtree into paragraph blocks: text inside inline elements runs together, block
 * elements and `<br>` start new blocks, table cells are joined by " | ". With `skipChrome`,
 * navigation, headers, footers and asides (by element or ARIA role) are left out.
 */
export function blocksFromDom(root: DomNode, skipChrome: boolean): Block[] {
  const blocks: Block[] = [];
  let buf = '';
  let kind = 'p';

  const flush = (): void => {
    if (buf.trim()) blocks.push({ text: buf, kind });
    buf = '';
  };

  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      buf += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (node.getAttribute?.('hidden') !== null && node.getAttribute?.('hidden') !== undefined) return;
    if (node.getAttribute?.('aria-hidden') === 'true') return;
    if (skipChrome && (CHROME.has(tag) || CHROME_ROLES.has(node.getAttribute?.('role') ?? ''))) return;
    if (tag === 'br') {
      flush();
      return;
    }
    if (tag === 'td' || tag === 'th') {
      if (buf.trim()) buf += ' | ';
    }
    const block = BLOCK.has(tag);
    const outer = kind;
    if (block) {
      flush();
      kind = tag;
    }
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!);
    if (block) {
      flush();
      kind = outer;
    }
  };

  walk(root);
  flush();
  return blocks;
}
