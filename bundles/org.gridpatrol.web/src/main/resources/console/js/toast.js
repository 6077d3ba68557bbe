// Small, self-dismissing messages in the corner of the screen (#toast-area).

const VISIBLE_MS = 6000;

export function showToast(message, kind = 'error') {
  const area = document.getElementById('toast-area');
  if (!area) {
    return;
  }
  // The same problem reported by several parallel requests is shown once.
  const duplicate = [...area.children].some((existing) => existing.textContent === message);
  if (duplicate) {
    return;
  }
  const toast = document.createElement('div');
  toast.className = `toast toast-${kind}`;
  toast.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  toast.textContent = message;
  toast.addEventListener('click', () => toast.remove());
  area.append(toast);
  setTimeout(() => toast.remove(), VISIBLE_MS);
}
