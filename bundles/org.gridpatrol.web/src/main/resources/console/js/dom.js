// Tiny DOM builder: text is always set as text, so names from the server can never inject markup.

/** el('li', { class: 'x', dataset: { code } }, 'text', childNode, ...) */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat().forEach((child) => {
    if (child !== undefined && child !== null && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  });
  return element;
}

const keyedChildren = new WeakMap();

/**
 * Shows one child per item in order, keeping the elements of unchanged items, so images and
 * streams inside them are not reloaded. build(item) makes an element; signature(item) is a string
 * that changes whenever the element must be rebuilt; update(element, item), if given, refreshes a
 * kept element in place.
 */
export function reconcile(container, items, { key, signature, build, update }) {
  const previous = keyedChildren.get(container) || new Map();
  const next = new Map();
  const elements = items.map((item) => {
    const id = key(item);
    const sig = signature(item);
    const known = previous.get(id);
    const element = known && known.sig === sig ? known.element : build(item);
    if (element === known?.element && update) {
      update(element, item);
    }
    next.set(id, { sig, element });
    return element;
  });
  keyedChildren.set(container, next);
  // Moving kept nodes does not reload their images; only changed positions are touched.
  elements.forEach((element, index) => {
    if (container.children[index] !== element) {
      container.insertBefore(element, container.children[index] || null);
    }
  });
  while (container.children.length > elements.length) {
    container.lastElementChild.remove();
  }
  return elements;
}
