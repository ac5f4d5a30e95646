import { parcours, type ParcoursStep } from '../mocks/devtools/parcours';

export const outDir = 'screenshots';
export const languages = ['fr', 'en'] as const;
export const widths = [
  { name: 'bureau', width: 1280, height: 800 },
  { name: 'mobile', width: 390, height: 844 },
] as const;

export interface Shot {
  step: ParcoursStep;
  language: (typeof languages)[number];
  width: (typeof widths)[number];
  file: string;
}

export const shots: Shot[] = parcours.flatMap((step) =>
  languages.flatMap((language) =>
    widths.map((width) => ({
      step,
      language,
      width,
      file: `${step.id}-${language}-${width.name}.png`,
    })),
  ),
);
