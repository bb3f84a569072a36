// SPDX-License-Identifier: Apache-2.0
import { load } from 'storydata';
import { check } from './story.js';

const show = (id, text) => {
  document.getElementById(id).textContent = text;
};
check(load).then(
  (r) => show('page', r),
  (e) => show('page', `error: ${e.message}`),
);
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
worker.onmessage = ({ data }) => show('worker', data);
