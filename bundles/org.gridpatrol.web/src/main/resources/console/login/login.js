// Login page: language switch and the message for ?error=1 (failed login) or ?logout.

import { applyTranslations, toggleLang } from '../js/i18n.js';

const params = new URLSearchParams(window.location.search);
document.getElementById('login-error').hidden = params.get('error') !== '1';
document.getElementById('login-info').hidden = !params.has('logout') || params.get('error') === '1';
document.getElementById('lang-switch').addEventListener('click', toggleLang);
applyTranslations();
