import { barsLayout, columnsLayout } from "@/lib/reports/chart-layout";
import type { Block, ReportDocument } from "@/lib/reports/document";
import { ChartSvg } from "./chart-svg";
import "./report.css";

// The report as the HTML page that is also the printed document: everything is rendered on the
// server (charts as inline SVG), so printing needs no client JavaScript.

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case "heading":
      return block.level === 1 ? <h2>{block.text}</h2> : <h3>{block.text}</h3>;
    case "paragraph":
      return <p className={block.placeholder ? "placeholder" : undefined}>{block.text}</p>;
    case "chart":
      return (
        <figure data-testid={`report-chart-${block.id}`}>
          <ChartSvg
            shape={block.kind === "columns" ? columnsLayout(block.bars) : barsLayout(block.bars)}
            testId={`report-svg-${block.id}`}
          />
          <figcaption>{block.caption}</figcaption>
        </figure>
      );
    case "table":
      return (
        <table data-testid={`report-table-${block.id}`}>
          <colgroup>
            {block.widths.map((w, i) => (
              <col key={i} style={{ width: `${w}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {block.head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c} className={block.numeric[c] ? "num" : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
            {block.total ? (
              <tr data-testid={`report-total-${block.id}`}>
                {block.total.map((cell, c) => (
                  <td key={c} className={block.numeric[c] ? "num" : undefined}>
                    <strong>{cell}</strong>
                  </td>
                ))}
              </tr>
            ) : null}
          </tbody>
        </table>
      );
  }
}

export function ReportDocumentView({ doc, lang }: { doc: ReportDocument; lang: string }) {
  return (
    <article className="report-doc" lang={lang} data-testid="report-document">
      <header className="report-head">
        <div>
          {doc.parentBody ? <div>{doc.parentBody}</div> : null}
          <div>
            <strong>{doc.body}</strong>
          </div>
          <div>***</div>
          <div data-testid="report-number">{doc.number}</div>
        </div>
        <div>
          <div>
            <strong>{doc.motto ? doc.union : <u>{doc.union}</u>}</strong>
          </div>
          {doc.motto ? (
            <div>
              <strong>
                <u>{doc.motto}</u>
              </strong>
            </div>
          ) : null}
          <div>&nbsp;</div>
          <div>
            <em data-testid="report-place-date">{doc.placeDate}</em>
          </div>
        </div>
      </header>
      {doc.draft ? <div className="draft-mark">{doc.draft}</div> : null}
      <div className="report-title">
        <h1 style={{ fontSize: "14pt", fontWeight: 700, margin: 0 }}>
          {doc.titleKind}
          <br />
          {doc.title}
        </h1>
        <div style={{ fontStyle: "italic", fontSize: "12pt" }} data-testid="report-as-of">
          {doc.dataAsOf}
        </div>
      </div>
      {doc.blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
      <section className="report-signature" data-testid="report-signature">
        <div className="recipients">
          <p>
            <strong>
              <em>{doc.recipientsLabel}</em>
            </strong>
          </p>
          {doc.recipients.map((r, i) => (
            <p key={i}>{r}</p>
          ))}
        </div>
        <div className="signer">
          {doc.signature.onBehalf ? <div>{doc.signature.onBehalf}</div> : null}
          <div>{doc.signature.title}</div>
          <div style={{ height: "22mm" }} />
          <div>{doc.signature.name}</div>
        </div>
      </section>
    </article>
  );
}
