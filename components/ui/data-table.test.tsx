import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable } from './data-table';

const rows = [
  { id: 'a', name: 'Alpha', amount: '10' },
  { id: 'b', name: 'Beta', amount: '20' },
];

describe('DataTable', () => {
  it('draws a heading row and one row per item, each named when asked', () => {
    const html = renderToStaticMarkup(
      <DataTable
        label="Things"
        rows={rows}
        rowKey={(row) => row.id}
        rowLabel={(row) => row.name}
        empty="Nothing"
        columns={[
          { header: 'Name', cell: (row) => row.name },
          { header: 'Amount', align: 'end', cell: (row) => row.amount },
          false,
          { header: 'Actions', hideHeader: true, cell: () => null },
        ]}
      />,
    );
    expect(html).toContain('aria-label="Things"');
    expect(html.match(/<tr[ >]/g)).toHaveLength(3);
    expect(html).toContain('<tr aria-label="Beta"');
    expect(html).toContain('<span class="sr-only">Actions</span>');
    expect(html.match(/<th /g)).toHaveLength(3);
    expect(html).not.toContain('Nothing');
  });

  it('says so in a sentence instead of an empty table', () => {
    const html = renderToStaticMarkup(<DataTable rows={[]} rowKey={() => ''} empty="No wallets match." columns={[{ header: 'Name', cell: () => '' }]} />);
    expect(html).toContain('No wallets match.');
    expect(html).not.toContain('<table');
  });
});
