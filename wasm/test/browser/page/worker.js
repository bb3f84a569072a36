// SPDX-License-Identifier: Apache-2.0
import { load } from 'storydata';
import { check } from './story.js';

check(load).then(
  (r) => postMessage(r),
  (e) => postMessage(`error: ${e.message}`),
);
