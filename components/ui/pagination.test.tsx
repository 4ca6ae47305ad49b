import { describe, expect, it } from 'vitest';
import { Pagination } from './pagination';
import { renderInEnglish as renderToStaticMarkup } from './render-in-english';

const links = (html: string) => [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map(([, href, text]) => [text, href!.replaceAll('&amp;', '&')]);

describe('Pagination', () => {
  it('shows nothing on a single first page', () => {
    expect(renderToStaticMarkup(<Pagination nextCursor={null} params={{ status: 'active' }} onFirstPage />)).toBe('');
  });

  it('links the next page by cursor, keeping the filters and dropping the old page number and cursor', () => {
    const html = renderToStaticMarkup(<Pagination nextCursor="abc_-1" params={{ status: 'active', page: '2', starting_after: 'old', currency: undefined }} onFirstPage={false} />);
    expect(links(html)).toEqual([
      ['First page', '?status=active'],
      ['Next page', '?status=active&starting_after=abc_-1'],
    ]);
  });

  it('offers only the way back on the last page', () => {
    expect(links(renderToStaticMarkup(<Pagination nextCursor={null} params={{}} onFirstPage={false} />))).toEqual([['First page', '?']]);
  });
});
