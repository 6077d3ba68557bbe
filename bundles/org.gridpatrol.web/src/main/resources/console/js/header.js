// The top bar shared by the map page and the video wall: user, roles, language switch, side-panel toggle.

import { getJson, reportError } from './api.js';
import { roleName, toggleLang, onLangChange } from './i18n.js';

/** Resolves to { user, roles } (roles empty when /api/v1/me fails, so role-gated controls stay hidden). */
export async function showUser() {
  try {
    const me = await getJson('/api/v1/me');
    const renderRoles = () => {
      document.getElementById('user-roles').textContent = (me.roles || []).map(roleName).join(' · ');
    };
    document.getElementById('user-name').textContent = me.user || '';
    renderRoles();
    onLangChange(renderRoles);
    return { user: me.user || '', roles: me.roles || [] };
  } catch (error) {
    reportError(error);
    return { user: '', roles: [] };
  }
}

export function wireHeader() {
  document.getElementById('lang-switch').addEventListener('click', toggleLang);
  document.getElementById('panel-toggle')?.addEventListener('click', () => {
    document.body.classList.toggle('panel-open');
  });
}
