import { ceremonyGlobal, type CeremonyPageApi } from '../../electron/contract/ceremonyPage';
import { readPageRequest, runPageCeremony } from './runPageCeremony';
import { stringsFor } from './strings';
import './ceremony.css';

// The ceremony window's page: on the ID server's origin (served from the app bundle by the
// main process), it runs one WebAuthn ceremony and hands the result to the preload's one
// function. The request sits in the URL fragment and is removed from the address at once.
const request = readPageRequest(location.hash);
history.replaceState(null, '', location.pathname);

const strings = stringsFor(navigator.language);
document.documentElement.lang = strings === stringsFor('es') ? 'es' : 'en';
document.title = strings.title;
const status = document.getElementById('status');
if (status !== null) status.textContent = request?.kind === 'register' ? strings.register : strings.authenticate;

const api = (window as unknown as Partial<Record<string, CeremonyPageApi>>)[ceremonyGlobal];
void runPageCeremony(request).then((result) => api?.finish(result));
