import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sanitizeRichText, toRichText } from './rich-text.js';

describe('rich text of announcements', () => {
  it('strips scripts, styles, event handlers, frames and dangerous links', () => {
    const html = sanitizeRichText(
      '<p onclick="steal()">Hi <img src=x onerror="alert(1)"><script>alert(2)</script><style>p{}</style>' +
        '<a href="javascript:alert(3)">bad</a> <a href="https://ferrum.example/offer" onmouseover="x()" target="_blank">good</a>' +
        '<iframe src="https://evil.example"></iframe><svg onload="alert(4)"></svg><a href="//evil.example">proto</a></p>',
    );
    assert.doesNotMatch(html, /script|alert|onerror|onclick|onmouseover|javascript:|<img|<iframe|<svg|<style|target=|evil\.example/i);
    assert.match(html, /<a href="https:\/\/ferrum\.example\/offer">good<\/a>/);
  });

  it('keeps paragraphs, bold, italic, lists, breaks and mailto links', () => {
    const html = sanitizeRichText('<div>One<br>two</div><p><b>bold</b> <em>it</em> <a href="mailto:a@b.example">mail</a></p><ol><li>x</li></ol>');
    assert.equal(html, '<p>One<br />two</p><p><b>bold</b> <em>it</em> <a href="mailto:a@b.example">mail</a></p><ol><li>x</li></ol>');
  });

  it('turns the sanitised HTML into paragraphs and lists of text runs', () => {
    const blocks = toRichText(sanitizeRichText(
      '<h3>Big  news</h3><p>Save <strong>20 %</strong> on <em>drills</em>,<br>see <a href="https://ferrum.example">the offer</a>.</p>' +
        '<ul><li>Fast <b>delivery</b></li><li>Nested<ul><li>inner</li></ul></li></ul>loose text',
    ));
    assert.deepEqual(blocks, [
      { type: 'paragraph', content: [{ type: 'text', text: 'Big news', bold: true }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Save ' },
          { type: 'text', text: '20 %', bold: true },
          { type: 'text', text: ' on ' },
          { type: 'text', text: 'drills', italic: true },
          { type: 'text', text: ',' },
          { type: 'break' },
          { type: 'text', text: 'see ' },
          { type: 'link', text: 'the offer', href: 'https://ferrum.example' },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'list',
        ordered: false,
        items: [
          [{ type: 'text', text: 'Fast ' }, { type: 'text', text: 'delivery', bold: true }],
          [{ type: 'text', text: 'Nested' }],
          [{ type: 'text', text: 'inner' }],
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'loose text' }] },
    ]);
  });

  it('keeps markup-looking text as text', () => {
    const blocks = toRichText(sanitizeRichText('<p>Use &lt;script&gt; tags &amp; win</p>'));
    assert.deepEqual(blocks, [{ type: 'paragraph', content: [{ type: 'text', text: 'Use <script> tags & win' }] }]);
  });
});
