import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import dns from 'node:dns';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractArticle, summarizeHtml } from '../../src/html/index.js';

/**
 * A page is data: reading it runs none of its scripts or handlers, loads none of its resources
 * and opens no connection. The page below points every kind of active content at a local server
 * that counts connections, while the network APIs are watched.
 */
let server: net.Server;
let connections = 0;
let port = 0;

beforeAll(async () => {
  server = net.createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const hostilePage = (url: string) => `<!DOCTYPE html><html lang="ar" dir="rtl"><head>
<base href="${url}/base/">
<meta http-equiv="refresh" content="0; url=${url}/refresh">
<link rel="stylesheet" href="${url}/style.css"><link rel="preload" href="${url}/font.woff2" as="font"><link rel="import" href="${url}/import.html">
<style>@import url("${url}/imported.css"); body { background: url(${url}/bg.png) }</style>
<script>globalThis.__khulasaPwned = 'script';</script>
<script src="${url}/app.js"></script><script type="module" src="${url}/module.js"></script>
<title>خبر</title></head>
<body onload="globalThis.__khulasaPwned = 'onload'">
<article><h1>وزير الخارجية يستقبل نظيره</h1>
<p>استقبل وزير الخارجية في العاصمة نظيره الزائر وبحث معه العلاقات الثنائية وتطورات الأوضاع في المنطقة والجهود المبذولة لحل الأزمات.</p>
<img src="${url}/photo.jpg" srcset="${url}/photo-2x.jpg 2x" onerror="globalThis.__khulasaPwned = 'onerror'" onload="globalThis.__khulasaPwned = 'img'">
<iframe src="${url}/frame.html" onload="globalThis.__khulasaPwned = 'iframe'"></iframe>
<object data="${url}/object.swf"></object><embed src="${url}/embed.swf">
<video src="${url}/video.mp4" poster="${url}/poster.jpg"><source src="${url}/source.mp4"></video><audio src="${url}/audio.mp3"></audio>
<svg><script>globalThis.__khulasaPwned = 'svg';</script><image href="${url}/svg.png"/></svg>
<a href="${url}/link" ping="${url}/ping">رابط</a><form action="${url}/form"><input name="q" autofocus onfocus="globalThis.__khulasaPwned = 'focus'"></form>
<p>وأكد الوزيران أهمية مواصلة التنسيق والتشاور بين البلدين في مختلف القضايا الإقليمية والدولية ذات الاهتمام المشترك.</p>
</article></body></html>`;

describe('reading a page runs nothing and loads nothing', () => {
  it('no script, handler or resource of the page runs or loads; no connection is opened', async () => {
    const url = `http://127.0.0.1:${port}`;
    const spies = [
      vi.spyOn(http, 'request'), vi.spyOn(http, 'get'), vi.spyOn(https, 'request'), vi.spyOn(https, 'get'),
      vi.spyOn(net, 'connect'), vi.spyOn(net, 'createConnection'), vi.spyOn(dns, 'lookup'),
    ];
    const fetchSpy = vi.fn();
    const realFetch = globalThis.fetch;
    globalThis.fetch = fetchSpy as unknown as typeof fetch;
    try {
      const { document } = extractArticle(hostilePage(url));
      const summary = summarizeHtml(hostilePage(url));
      expect(document.text).toContain('استقبل وزير الخارجية في العاصمة نظيره الزائر');
      expect(summary.document?.text).toBe(document.text);
      // Anything asynchronous a page could have started would be under way after a turn of the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((globalThis as { __khulasaPwned?: string }).__khulasaPwned).toBeUndefined();
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(connections).toBe(0);
      // The page's URLs are data in the text at most, never requests.
      expect(document.text).not.toContain('globalThis');
    } finally {
      globalThis.fetch = realFetch;
      for (const spy of spies) spy.mockRestore();
    }
  });
});
