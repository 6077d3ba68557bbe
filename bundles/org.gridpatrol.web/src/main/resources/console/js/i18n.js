// The one dictionary for all console text (zh-CN first, en second) and the language choice.
// Also used by the public login page, so it must stay free of imports and API calls.

const STORAGE_KEY = 'gridpatrol.lang';
export const LANGUAGES = ['zh-CN', 'en'];

const MESSAGES = {
  'zh-CN': {
    'app.title': 'GridPatrol 网格巡防',
    'app.brand': '网格巡防',
    'lang.switch': 'English',
    'lang.switch.title': '切换到英文',
    'login.title': '登录',
    'login.brand': '网格巡防',
    'login.subtitle': '基层网格化社会治理平台',
    'login.username': '用户名',
    'login.password': '密码',
    'login.submit': '登录',
    'login.error': '用户名或密码错误',
    'login.loggedOut': '您已安全退出',
    'header.logout': '退出',
    'header.menu': '显示或隐藏侧栏',
    'search.placeholder': '搜索名称或编码…',
    'search.label': '搜索辖区单元',
    'search.none': '未找到匹配的单元',
    'search.searching': '正在搜索…',
    'layers.title': '图层',
    'layers.counties': '区县界',
    'layers.towns': '乡镇街道',
    'layers.communities': '村社区',
    'layers.grids': '网格',
    'layers.micro-grids': '微网格',
    'layers.basemap': '底图',
    'layers.fromZoom': '{zoom} 级起',
    'info.title': '位置信息',
    'info.close': '关闭',
    'info.hint': '点击地图查看所在网格、网格员及上级单元。',
    'info.loading': '正在查询…',
    'info.outside': '此处不在辖区内',
    'info.chain': '隶属关系',
    'info.code': '编码',
    'info.worker': '网格员',
    'info.phone': '联系电话',
    'info.area': '面积',
    'info.children': '下级单元数',
    'info.point': '点击位置',
    'info.none': '—',
    'level.county': '区县',
    'level.town': '乡镇街道',
    'level.community': '村社区',
    'level.grid': '网格',
    'level.micro-grid': '微网格',
    'role.admin': '管理员',
    'role.gis-editor': 'GIS 编辑员',
    'role.dispatcher': '调度员',
    'role.patrol-operator': '网上巡防员',
    'role.grid-worker': '网格员',
    'error.generic': '请求失败（{status}）',
    'error.network': '无法连接服务器',
    'map.zoom': '缩放级别 {zoom}',
  },
  en: {
    'app.title': 'GridPatrol',
    'app.brand': 'Patrol console',
    'lang.switch': '中文',
    'lang.switch.title': 'Switch to Chinese',
    'login.title': 'Sign in',
    'login.brand': '',
    'login.subtitle': 'Grid-based community safety platform',
    'login.username': 'User name',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.error': 'Wrong user name or password',
    'login.loggedOut': 'You have been signed out',
    'header.logout': 'Log out',
    'header.menu': 'Show or hide the side panel',
    'search.placeholder': 'Search name or code…',
    'search.label': 'Search units',
    'search.none': 'No matching unit',
    'search.searching': 'Searching…',
    'layers.title': 'Layers',
    'layers.counties': 'County boundary',
    'layers.towns': 'Towns',
    'layers.communities': 'Communities',
    'layers.grids': 'Grids',
    'layers.micro-grids': 'Micro-grids',
    'layers.basemap': 'Base map',
    'layers.fromZoom': 'from zoom {zoom}',
    'info.title': 'Location',
    'info.close': 'Close',
    'info.hint': 'Click the map to see the grid, its worker and the units above it.',
    'info.loading': 'Looking up…',
    'info.outside': 'Outside the county',
    'info.chain': 'Hierarchy',
    'info.code': 'Code',
    'info.worker': 'Grid worker',
    'info.phone': 'Phone',
    'info.area': 'Area',
    'info.children': 'Child units',
    'info.point': 'Clicked point',
    'info.none': '—',
    'level.county': 'County',
    'level.town': 'Town',
    'level.community': 'Community',
    'level.grid': 'Grid',
    'level.micro-grid': 'Micro-grid',
    'role.admin': 'Administrator',
    'role.gis-editor': 'GIS editor',
    'role.dispatcher': 'Dispatcher',
    'role.patrol-operator': 'Online patrol operator',
    'role.grid-worker': 'Grid worker',
    'error.generic': 'Request failed ({status})',
    'error.network': 'Cannot reach the server',
    'map.zoom': 'Zoom {zoom}',
  },
};

const listeners = new Set();

function storedLanguage() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch (e) {
    return null; // storage disabled (private mode): fall back to the default
  }
}

let current = LANGUAGES.includes(storedLanguage()) ? storedLanguage() : 'zh-CN';

export function getLang() {
  return current;
}

/** Text for key in the current language; {name} placeholders are filled from params. */
export function t(key, params = {}) {
  const text = MESSAGES[current][key] ?? MESSAGES['zh-CN'][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** Accepts the API's level ids (micro-grid) as well as enum names (MICRO_GRID). */
export function normaliseLevel(level) {
  return String(level ?? '').trim().toLowerCase().replace(/_/g, '-');
}

export function levelName(level) {
  const id = normaliseLevel(level);
  const key = `level.${id}`;
  return key in MESSAGES[current] ? t(key) : id;
}

export function roleName(role) {
  const key = `role.${role}`;
  return key in MESSAGES[current] ? t(key) : role;
}

export function formatNumber(value, fractionDigits = 0) {
  return new Intl.NumberFormat(current, { maximumFractionDigits: fractionDigits }).format(value);
}

/** Fills [data-i18n] text, [data-i18n-placeholder], [data-i18n-title] and [data-i18n-aria-label]. */
export function applyTranslations(root = document) {
  document.documentElement.lang = current;
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((el) => {
    el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  });
}

export function setLang(lang) {
  if (!LANGUAGES.includes(lang) || lang === current) {
    return;
  }
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch (e) {
    // not remembered, still switched for this page
  }
  applyTranslations();
  listeners.forEach((listener) => listener(lang));
}

export function toggleLang() {
  setLang(current === 'zh-CN' ? 'en' : 'zh-CN');
}

/** Calls listener after every language change (to re-render dynamic content). */
export function onLangChange(listener) {
  listeners.add(listener);
}
