// Shows a failed save inside an editor dialog (toasts would sit under the modal backdrop): the
// server's problem+json detail with its field, and the list entry the field points at marked.

import { t } from './i18n.js';
import { problemText } from './api.js';

/** Field names like "zones[2].polygon" or "calibration[1]": [list index, property or undefined]. */
export function fieldTarget(field, prefix) {
  const match = new RegExp(`^${prefix}\\[(\\d+)\\](?:\\.(\\w+))?`).exec(field || '');
  return match ? [Number(match[1]), match[2]] : null;
}

export function clearProblem(message, list) {
  message.hidden = true;
  message.textContent = '';
  list.querySelectorAll('.invalid').forEach((item) => item.classList.remove('invalid'));
  list.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
}

export function showMessage(message, text) {
  message.textContent = text;
  message.hidden = false;
}

/** failure: an ApiError (or any error); prefix: the JSON property holding the list ("zones"). */
export function showProblem(message, list, failure, prefix) {
  if (failure?.status === 401) {
    return; // on the way to the login page
  }
  if (failure?.status === 403) {
    showMessage(message, t('editor.forbidden'));
    return;
  }
  const field = failure?.problem?.field;
  showMessage(message, problemText(failure));
  message.dataset.field = field || '';
  const target = fieldTarget(field, prefix);
  if (target) {
    const [index, property] = target;
    const item = list.querySelector(`[data-index="${index}"]`);
    item?.classList.add('invalid');
    item?.querySelector(`[name="${property}"]`)?.setAttribute('aria-invalid', 'true');
    item?.scrollIntoView({ block: 'nearest' });
  }
}
