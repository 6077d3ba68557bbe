// The top bar shared by the console pages: page links, user, roles, language switch, side-panel toggle.

import { getJson, reportError } from './api.js';
import { t, roleName, toggleLang, onLangChange } from './i18n.js';
import { el } from './dom.js';

/** Every console page, in menu order; pages whose HTML lacks a link get it added by wireHeader. */
const PAGE_LINKS = [
  { id: 'map-link', href: './', key: 'nav.map' },
  { id: 'video-wall-link', href: 'video.html', key: 'nav.videoWall' },
  { id: 'passes-link', href: 'passes.html', key: 'nav.passes' },
  { id: 'checkpoints-link', href: 'checkpoints.html', key: 'nav.checkpoints' },
  { id: 'grid-editor-link', href: 'editor.html', key: 'nav.boundaryEditor', roles: ['gis-editor', 'admin'] },
];

function addPageLinks() {
  const nav = document.querySelector('.topnav');
  if (!nav) {
    return;
  }
  PAGE_LINKS.filter((link) => !document.getElementById(link.id)).forEach(({ id, href, key, roles }) => {
    // Role-gated links stay hidden until showUser knows the roles.
    nav.append(el('a', { id, class: 'nav-link', href, hidden: !!roles, dataset: { i18n: key } }, t(key)));
  });
}

function showLinksFor(roles) {
  PAGE_LINKS.filter((link) => link.roles).forEach((link) => {
    const anchor = document.getElementById(link.id);
    if (anchor && !anchor.classList.contains('current')) {
      anchor.hidden = !link.roles.some((role) => roles.includes(role));
    }
  });
}

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
    showLinksFor(me.roles || []);
    return { user: me.user || '', roles: me.roles || [] };
  } catch (error) {
    reportError(error);
    return { user: '', roles: [] };
  }
}

export function wireHeader() {
  addPageLinks();
  document.getElementById('lang-switch').addEventListener('click', toggleLang);
  document.getElementById('panel-toggle')?.addEventListener('click', () => {
    document.body.classList.toggle('panel-open');
  });
}
