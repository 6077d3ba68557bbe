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
    'nav.map': '地图',
    'nav.videoWall': '视频墙',
    'layers.cameras': '摄像头',
    'layers.alerts': '告警',
    'alerts.title': '告警',
    'alerts.none': '暂无告警',
    'alert.kind.CROWD': '聚集',
    'alert.kind.LOITERING': '徘徊',
    'alert.ack': '确认',
    'alert.acknowledged': '告警已确认',
    'alert.acknowledgedBy': '{user} 已确认',
    'alert.active': '进行中',
    'alert.ended': '{time} 结束',
    'alert.forbidden': '您没有确认告警的权限',
    'alert.count': '{count} 人',
    'alert.grid': '所在网格',
    'alert.snapshot': '告警截图',
    'alert.locate': '定位',
    'alert.locateTitle': '在地图上显示告警位置',
    'drone.telemetry': '遥测',
    'drone.noTelemetry': '暂无遥测数据',
    'drone.unavailable': '无法获取遥测数据',
    'drone.altitude': '离地高度',
    'drone.heading': '航向',
    'drone.pitch': '云台俯仰',
    'drone.metres': '{value} 米',
    'drone.degrees': '{value}°',
    'drone.age.seconds': '{count} 秒前',
    'drone.age.minutes': '{count} 分钟前',
    'drone.age.hours': '{count} 小时前',
    'camera.title': '摄像头',
    'camera.state': '状态',
    'camera.state.ONLINE': '在线',
    'camera.state.CONNECTING': '连接中',
    'camera.state.OFFLINE': '离线',
    'camera.state.UNHEALTHY': '故障',
    'camera.state.DISABLED': '已停用',
    'camera.state.UNKNOWN': '未知',
    'camera.type.FIXED': '固定摄像头',
    'camera.type.PTZ': '云台摄像头',
    'camera.type.DRONE': '无人机',
    'camera.fps': '帧率',
    'camera.fpsValue': '解码 {decode} · 分析 {analysis} 帧/秒',
    'camera.lastCount': '当前人数',
    'camera.lastFrame': '最新画面',
    'camera.grid': '所在网格',
    'camera.zones': '区域数',
    'camera.calibration': '标定',
    'camera.calibrated': '已标定（{count} 对点）',
    'camera.notCalibrated': '未标定',
    'camera.live': '实时画面',
    'counts.title': '各区域人数（近 {hours} 小时，每分钟最高）',
    'counts.peak': '峰值 {count} 人',
    'counts.none': '暂无人数记录',
    'camera.wall': '视频墙',
    'camera.noFrame': '暂无画面',
    'zones.open': '编辑区域',
    'zones.title': '编辑区域',
    'zones.draw': '绘制新区域',
    'zones.drawing': '绘制中… 双击结束，Esc 取消',
    'zones.hint': '在画面上逐点单击绘制多边形，双击结束；拖动顶点可修改。',
    'zones.empty': '尚无区域',
    'zones.id': '编号',
    'zones.name': '名称',
    'zones.crowdThreshold': '聚集人数阈值',
    'zones.crowdSeconds': '持续秒数',
    'zones.hysteresis': '回差人数',
    'zones.cooldownSeconds': '冷却秒数',
    'zones.loiterSeconds': '徘徊秒数（0 关闭）',
    'zones.delete': '删除',
    'zones.defaultName': '区域 {number}',
    'zones.noSnapshot': '无法获取画面（摄像头可能离线），仅显示区域轮廓。',
    'zones.saved': '区域已保存',
    'zones.invalidNumber': '请填写有效的数值（人数阈值至少为 1，时长不能为负）',
    'calibration.open': '标定',
    'calibration.title': '标定',
    'calibration.hint': '在画面上单击一个地面点，再在地图上单击同一位置；至少 4 对，且不能共线。拖动编号点可调整。',
    'calibration.clear': '全部清除',
    'calibration.image': '画面坐标 (x, y)',
    'calibration.map': '地图坐标 (经度, 纬度)',
    'calibration.delete': '删除',
    'calibration.pickImage': '请在画面上单击',
    'calibration.pickMap': '请在地图上单击',
    'calibration.enough': '已选 {count} 对点',
    'calibration.tooFew': '已选 {count} 对点，至少需要 {minimum} 对',
    'calibration.saved': '标定已保存',
    'editor.close': '关闭',
    'editor.cancel': '取消',
    'editor.save': '保存',
    'editor.forbidden': '您没有修改摄像头的权限',
    'editor.problem': '{field}：{detail}',
    'wall.pageTitle': '视频墙 · GridPatrol 网格巡防',
    'wall.toggleAlerts': '显示或隐藏告警列表',
    'wall.gridFilter': '按辖区筛选',
    'wall.allGrids': '全部辖区',
    'wall.search': '搜索摄像头',
    'wall.searchPlaceholder': '名称或编码…',
    'wall.none': '没有符合条件的摄像头',
    'wall.summary': '{shown} 路 · {online} 路在线 · {alerting} 路告警',
    'wall.count': '{count} 人',
    'wall.fps': '{fps} 帧/秒',
    'wall.showOnMap': '在地图上查看',
    'wall.openLive': '新窗口打开',
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
    'nav.map': 'Map',
    'nav.videoWall': 'Video wall',
    'layers.cameras': 'Cameras',
    'layers.alerts': 'Alerts',
    'alerts.title': 'Alerts',
    'alerts.none': 'No alerts',
    'alert.kind.CROWD': 'Crowd',
    'alert.kind.LOITERING': 'Loitering',
    'alert.ack': 'Acknowledge',
    'alert.acknowledged': 'Alert acknowledged',
    'alert.acknowledgedBy': 'acknowledged by {user}',
    'alert.active': 'ongoing',
    'alert.ended': 'ended {time}',
    'alert.forbidden': 'You are not allowed to acknowledge alerts',
    'alert.count': '{count} people',
    'alert.grid': 'Grid',
    'alert.snapshot': 'Alert snapshot',
    'alert.locate': 'Locate',
    'alert.locateTitle': 'Show where the alert is on the map',
    'drone.telemetry': 'Telemetry',
    'drone.noTelemetry': 'no telemetry yet',
    'drone.unavailable': 'telemetry unavailable',
    'drone.altitude': 'Altitude above ground',
    'drone.heading': 'Heading',
    'drone.pitch': 'Gimbal pitch',
    'drone.metres': '{value} m',
    'drone.degrees': '{value}°',
    'drone.age.seconds': '{count} s ago',
    'drone.age.minutes': '{count} min ago',
    'drone.age.hours': '{count} h ago',
    'camera.title': 'Camera',
    'camera.state': 'State',
    'camera.state.ONLINE': 'Online',
    'camera.state.CONNECTING': 'Connecting',
    'camera.state.OFFLINE': 'Offline',
    'camera.state.UNHEALTHY': 'Unhealthy',
    'camera.state.DISABLED': 'Disabled',
    'camera.state.UNKNOWN': 'Unknown',
    'camera.type.FIXED': 'Fixed camera',
    'camera.type.PTZ': 'PTZ camera',
    'camera.type.DRONE': 'Drone',
    'camera.fps': 'Frame rate',
    'camera.fpsValue': 'decode {decode} · analysis {analysis} fps',
    'camera.lastCount': 'People now',
    'camera.lastFrame': 'Last frame',
    'camera.grid': 'Grid',
    'camera.zones': 'Zones',
    'camera.calibration': 'Calibration',
    'camera.calibrated': 'calibrated ({count} point pairs)',
    'camera.notCalibrated': 'not calibrated',
    'camera.live': 'Live',
    'counts.title': 'People per zone (last {hours} h, highest each minute)',
    'counts.peak': 'peak {count}',
    'counts.none': 'No counts recorded yet',
    'camera.wall': 'Video wall',
    'camera.noFrame': 'No picture yet',
    'zones.open': 'Edit zones',
    'zones.title': 'Edit zones',
    'zones.draw': 'Draw a zone',
    'zones.drawing': 'Drawing… double-click to finish, Esc to cancel',
    'zones.hint': 'Click point by point on the picture to draw a polygon, double-click to finish; drag corners to change it.',
    'zones.empty': 'No zones yet',
    'zones.id': 'Id',
    'zones.name': 'Name',
    'zones.crowdThreshold': 'Crowd threshold (people)',
    'zones.crowdSeconds': 'For seconds',
    'zones.hysteresis': 'Hysteresis (people)',
    'zones.cooldownSeconds': 'Cooldown seconds',
    'zones.loiterSeconds': 'Loitering seconds (0: off)',
    'zones.delete': 'Delete',
    'zones.defaultName': 'Zone {number}',
    'zones.noSnapshot': 'No picture available (the camera may be offline); only the zone outlines are shown.',
    'zones.saved': 'Zones saved',
    'zones.invalidNumber': 'Enter valid numbers (threshold at least 1, no negative durations)',
    'calibration.open': 'Calibrate',
    'calibration.title': 'Calibrate',
    'calibration.hint': 'Click a ground point on the picture, then the same place on the map; at least 4 pairs, not in a line. Drag the numbered points to adjust.',
    'calibration.clear': 'Clear all',
    'calibration.image': 'Picture (x, y)',
    'calibration.map': 'Map (lon, lat)',
    'calibration.delete': 'Delete',
    'calibration.pickImage': 'click on the picture',
    'calibration.pickMap': 'click on the map',
    'calibration.enough': '{count} point pairs',
    'calibration.tooFew': '{count} point pairs; at least {minimum} needed',
    'calibration.saved': 'Calibration saved',
    'editor.close': 'Close',
    'editor.cancel': 'Cancel',
    'editor.save': 'Save',
    'editor.forbidden': 'You are not allowed to change cameras',
    'editor.problem': '{field}: {detail}',
    'wall.pageTitle': 'Video wall · GridPatrol',
    'wall.toggleAlerts': 'Show or hide the alert list',
    'wall.gridFilter': 'Filter by area',
    'wall.allGrids': 'All areas',
    'wall.search': 'Search cameras',
    'wall.searchPlaceholder': 'Name or code…',
    'wall.none': 'No camera matches',
    'wall.summary': '{shown} cameras · {online} online · {alerting} alerting',
    'wall.count': '{count} people',
    'wall.fps': '{fps} fps',
    'wall.showOnMap': 'Show on map',
    'wall.openLive': 'Open in a new window',
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
