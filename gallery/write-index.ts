import { mkdirSync, writeFileSync } from 'node:fs';
import { languages, outDir, shots, widths } from './shots';

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Playwright global teardown: one page that shows every screenshot, by screen and state. */
export default function writeIndex(): void {
  mkdirSync(outDir, { recursive: true });
  const steps = [...new Map(shots.map((shot) => [shot.step.id, shot.step])).values()];
  const sections = steps
    .map((step) => {
      const figures = languages
        .flatMap((language) =>
          widths.map((width) => {
            const file = `${step.id}-${language}-${width.name}.png`;
            return `<figure><a href="${file}"><img src="${file}" alt="${escape(
              `${step.screen} — ${step.state} (${language}, ${width.name})`,
            )}" loading="lazy" width="${width.name === 'mobile' ? 195 : 480}"></a><figcaption>${language.toUpperCase()} · ${width.name}</figcaption></figure>`;
          }),
        )
        .join('');
      return `<section><h2>${escape(step.screen)} — ${escape(step.state)}</h2><p><code>${escape(
        step.path,
      )}</code>${step.scenarios ? ` · scénario ${escape(step.scenarios.join(', '))}` : ''}</p><div class="row">${figures}</div></section>`;
    })
    .join('\n');
  writeFileSync(
    `${outDir}/index.html`,
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Espace commerçant — galerie d’écrans</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;background:#f4f6f9}h1{color:#00175a}section{background:#fff;padding:1rem;margin:1rem 0;border-radius:6px}.row{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}figure{margin:0}img{border:1px solid #ccc;height:auto}</style>
</head><body><h1>Espace commerçant — galerie d’écrans</h1><p>${shots.length} captures, ${steps.length} écrans et états, en français et en anglais, sur bureau et mobile.</p>
${sections}</body></html>\n`,
  );
}
