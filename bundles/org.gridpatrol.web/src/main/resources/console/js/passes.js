// The pass entry page (passes.html) for checkpoint officers, phone first: one pass per submit (the
// checkpoint is remembered on this device), the last 10 passes of the checkpoint, and a CSV import
// with the server's report of accepted and rejected rows.

import { reportError, problemText } from './api.js';
import { t, applyTranslations, onLangChange } from './i18n.js';
import { el } from './dom.js';
import { showUser, wireHeader } from './header.js';
import { startPolling } from './poller.js';
import { showToast } from './toast.js';
import { formatTime } from './video-api.js';
import {
  HEALTH_COLOURS, enumName, loadCheckpoints, loadPasses, savePasses, importPassesCsv, fieldName,
} from './tracking-api.js';

const STORAGE_KEY = 'gridpatrol.passes.checkpoint';
const RECENT_LIMIT = 10;
const RECENT_POLL_MS = 15000;
const CSV_HEADER = 'checkpoint_code,time,subject_kind,subject,direction,health_code,pass_type,officer';

const form = document.getElementById('pass-form');
const checkpointSelect = document.getElementById('pass-checkpoint');
const subjectInput = document.getElementById('pass-subject');
const errorBox = document.getElementById('pass-error');
const submitButton = document.getElementById('pass-submit');

/** The form control and its label key per API field (server problems name these). */
const FIELDS = {
  checkpointCode: { element: checkpointSelect, label: 'passes.checkpoint' },
  subjectKind: { element: document.getElementById('pass-kind'), label: 'passes.subjectKind' },
  subject: { element: subjectInput, label: 'passes.subject.PERSON' },
  direction: { element: document.getElementById('pass-direction'), label: 'passes.direction' },
  healthCode: { element: document.getElementById('pass-health'), label: 'passes.healthCode' },
  passType: { element: document.getElementById('pass-type'), label: 'passes.passType' },
};

function remembered() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch (e) {
    return null; // storage disabled: the officer chooses every time
  }
}

function remember(code) {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch (e) {
    // not remembered, still used for this page
  }
}

function chosen(name) {
  return form.querySelector(`input[name="${name}"]:checked`)?.value || '';
}

function subjectKind() {
  return chosen('subjectKind') || 'PERSON';
}

function showSubjectLabel() {
  const label = document.getElementById('pass-subject-label');
  label.dataset.i18n = `passes.subject.${subjectKind()}`;
  label.textContent = t(label.dataset.i18n);
  subjectInput.dataset.i18nPlaceholder = `passes.subjectPlaceholder.${subjectKind()}`;
  subjectInput.placeholder = t(subjectInput.dataset.i18nPlaceholder);
  subjectInput.autocapitalize = subjectKind() === 'VEHICLE' ? 'characters' : 'off';
}

function clearProblem() {
  errorBox.hidden = true;
  errorBox.textContent = '';
  delete errorBox.dataset.field;
  Object.values(FIELDS).forEach(({ element }) => element.removeAttribute('aria-invalid'));
}

/** Shows a problem next to the submit button and marks the field it names. */
function showProblem(field, detail) {
  const name = fieldName(field);
  const known = FIELDS[name];
  const label = known ? (name === 'subject' ? t(`passes.subject.${subjectKind()}`) : t(known.label)) : name;
  errorBox.textContent = name ? t('editor.problem', { field: label, detail }) : detail;
  errorBox.dataset.field = name || '';
  errorBox.hidden = false;
  if (known) {
    known.element.setAttribute('aria-invalid', 'true');
    (known.element.matches('fieldset') ? known.element.querySelector('input') : known.element).focus();
  }
}

/** The pass in the form, or null after showing what is missing (the server checks again). */
function readPass() {
  const pass = {
    checkpointCode: checkpointSelect.value,
    subjectKind: subjectKind(),
    subject: subjectInput.value.trim(),
    direction: chosen('direction'),
    healthCode: chosen('healthCode'),
    passType: chosen('passType'),
  };
  const missing = ['checkpointCode', 'subject', 'direction', 'healthCode', 'passType'].find((name) => !pass[name]);
  if (missing) {
    showProblem(missing, t('passes.required'));
    return null;
  }
  return pass;
}

function createRecentList() {
  const list = document.getElementById('recent-passes');
  const empty = document.getElementById('recent-empty');
  let passes = [];

  function render() {
    empty.hidden = passes.length > 0;
    list.dataset.count = String(passes.length);
    list.replaceChildren(...passes.map((pass) => {
      const code = String(pass.healthCode || '').toUpperCase();
      return el('li', { class: 'recent-pass', dataset: { id: String(pass.id ?? ''), healthCode: code } },
        el('span', { class: 'health-chip', style: `background:${HEALTH_COLOURS[code] || '#94a3b8'}` }, enumName('health', code)),
        el('span', { class: 'recent-subject' }, pass.subject || t('info.none')),
        el('span', { class: 'recent-meta' },
          el('time', {}, formatTime(pass.time)),
          ` · ${enumName('direction', pass.direction)} · ${enumName('pass.subjectKind', pass.subjectKind)}`
            + ` · ${enumName('passType', pass.passType)}${pass.officer ? ` · ${pass.officer}` : ''}`));
    }));
  }

  async function load() {
    const code = checkpointSelect.value;
    passes = code ? await loadPasses({ checkpoint: code, limit: RECENT_LIMIT }) : [];
    if (code === checkpointSelect.value) { // not overtaken by a change of checkpoint
      render();
    }
  }

  onLangChange(render);
  return { load, render };
}

function updateTemplateLink() {
  const example = [checkpointSelect.value || 'C001', new Date().toISOString().replace(/\.\d+Z$/, 'Z'), 'PERSON',
    t('passes.exampleSubject'), 'IN', 'GREEN', 'RESIDENT', ''].join(',');
  document.getElementById('import-template').href = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${CSV_HEADER}\n${example}\n`)}`;
}

function renderImportReport({ accepted, rejected }) {
  const report = document.getElementById('import-report');
  const summary = el('p', { id: 'import-summary', class: rejected.length > 0 ? 'import-summary has-rejected' : 'import-summary',
    dataset: { accepted: String(accepted), rejected: String(rejected.length) } },
  t('passes.importResult', { accepted, rejected: rejected.length }));
  const table = rejected.length === 0 ? null : el('table', { id: 'import-rejected', class: 'data-table' },
    el('thead', {}, el('tr', {}, ['passes.importLine', 'passes.importField', 'passes.importReason']
      .map((key) => el('th', { scope: 'col' }, t(key))))),
    el('tbody', {}, rejected.map((row) => el('tr', { dataset: { line: String(row.line ?? '') } },
      el('td', { class: 'number' }, String(row.line ?? '')), el('td', {}, row.field || ''), el('td', {}, row.reason || '')))));
  report.replaceChildren(summary, table || '');
}

function wireImport(recent) {
  const importForm = document.getElementById('import-form');
  const fileInput = document.getElementById('import-file');
  const button = document.getElementById('import-submit');
  let lastReport = null;
  importForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = fileInput.files[0];
    if (!file) {
      showToast(t('passes.importNoFile'));
      return;
    }
    button.disabled = true;
    try {
      lastReport = await importPassesCsv(await file.text());
      renderImportReport(lastReport);
      recent.load().catch(reportError);
    } catch (error) {
      const report = document.getElementById('import-report');
      report.replaceChildren(el('p', { id: 'import-error', class: 'form-error', role: 'alert' }, problemText(error)));
    } finally {
      button.disabled = false;
    }
  });
  onLangChange(() => {
    updateTemplateLink();
    if (lastReport) {
      renderImportReport(lastReport);
    }
  });
}

async function fillCheckpoints() {
  const collection = await loadCheckpoints();
  const checkpoints = (collection.features || [])
    .map((feature) => ({ code: String(feature.id ?? feature.properties?.code ?? ''), name: feature.properties?.name }))
    .filter((checkpoint) => checkpoint.code)
    .sort((a, b) => String(a.name || a.code).localeCompare(String(b.name || b.code), 'zh-CN'));
  const placeholder = checkpointSelect.querySelector('option[value=""]');
  checkpointSelect.replaceChildren(placeholder, ...checkpoints.map((checkpoint) => el('option', { value: checkpoint.code },
    checkpoint.name ? `${checkpoint.name}（${checkpoint.code}）` : checkpoint.code)));
  const wanted = new URLSearchParams(window.location.search).get('checkpoint') || remembered();
  const known = checkpoints.some((checkpoint) => checkpoint.code === wanted);
  checkpointSelect.value = known ? wanted : (checkpoints.length === 1 ? checkpoints[0].code : '');
  document.body.dataset.checkpointCount = String(checkpoints.length);
}

async function submit(recent) {
  clearProblem();
  const pass = readPass();
  if (!pass) {
    return;
  }
  submitButton.disabled = true;
  submitButton.textContent = t('passes.saving');
  try {
    await savePasses([pass]);
    remember(pass.checkpointCode);
    showToast(t('passes.saved', { subject: pass.subject }), 'info');
    if (pass.healthCode === 'RED') {
      showToast(t('passes.redWarning'));
    }
    subjectInput.value = '';
    form.querySelectorAll('input[name="healthCode"]').forEach((input) => { input.checked = false; });
    subjectInput.focus();
    document.body.dataset.lastSaved = pass.subject;
    await recent.load();
  } catch (error) {
    if (error.status === 401) {
      return;
    }
    showProblem(error.problem?.field, error.detail || error.message || String(error));
  } finally {
    submitButton.disabled = false;
    submitButton.textContent = t('passes.submit');
  }
}

async function start() {
  applyTranslations();
  wireHeader();
  showUser();
  showSubjectLabel();
  const recent = createRecentList();
  let recentPoll = null;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(recent).catch(reportError);
  });
  form.addEventListener('change', (event) => {
    if (event.target.name === 'subjectKind') {
      showSubjectLabel();
    }
    event.target.closest('fieldset, select')?.removeAttribute('aria-invalid');
  });
  subjectInput.addEventListener('input', () => subjectInput.removeAttribute('aria-invalid'));
  checkpointSelect.addEventListener('change', () => {
    if (checkpointSelect.value) {
      remember(checkpointSelect.value);
    }
    updateTemplateLink();
    recentPoll?.now();
  });
  onLangChange(showSubjectLabel);
  wireImport(recent);

  try {
    await fillCheckpoints();
  } catch (error) {
    reportError(error);
  }
  updateTemplateLink();
  recentPoll = startPolling(recent.load, RECENT_POLL_MS, reportError);
  document.body.dataset.ready = 'true';
}

start();
