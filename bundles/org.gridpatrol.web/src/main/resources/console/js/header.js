// The top bar shared by the console pages: page links, user, roles, language switch, side-panel toggle.

import { getJson, reportError } from './api.js';
import { t, roleName, toggleLang, onLangChange } from './i18n.js';
import { el } from './dom.js';

/** Every console page, in menu order; wireHeader renders the menu from this list on every page. */
const PAGE_LINKS = [
  { id: 'map-link', href: './', key: 'nav.map' },
  { id: 'video-wall-link', href: 'video.html', key: 'nav.videoWall' },
  { id: 'passes-link', href: 'passes.html', key: 'nav.passes' },
  { id: 'checkpoints-link', href: 'checkpoints.html', key: 'nav.checkpoints' },
  { id: 'grid-editor-link', href: 'editor.html', key: 'nav.boundaryEditor', roles: ['gis-editor', 'admin'] },
];

const pagePath = (url) => new URL(url, location.href).pathname.replace(/index\.html$/, '');

function addPageLinks() {
  const nav = document.querySelector('.topnav');
  if (!nav) {
    return;
  }
  const here = pagePath(location.href);
  nav.replaceChildren(...PAGE_LINKS.map(({ id, href, key, roles }) => {
    const current = pagePath(href) === here;
    // Role-gated links stay hidden until showUser knows the roles; the current page's link always shows.
    return el('a', {
      id,
      class: current ? 'nav-link current' : 'nav-link',
      href,
      hidden: !!roles && !current,
      'aria-current': current ? 'page' : null,
      dataset: { i18n: key },
    }, t(key));
  }));
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
