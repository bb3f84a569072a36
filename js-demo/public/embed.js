// SPDX-License-Identifier: Apache-2.0
// For pages that embed the storydata demo: each <iframe data-storydata-demo> takes the height its
// page reports. Messages count only from that frame's window and origin.
addEventListener('message', (event) => {
  if (event.data?.type !== 'storydata-demo:height' || !Number.isFinite(event.data.height)) return;
  for (const frame of document.querySelectorAll('iframe[data-storydata-demo]')) {
    if (event.source === frame.contentWindow && event.origin === new URL(frame.src, location.href).origin)
      frame.style.height = `${Math.min(event.data.height, 20000)}px`;
  }
});
