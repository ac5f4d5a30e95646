import { cloneElement, Fragment, type ReactElement, type ReactNode } from 'react';
import { interpolate, type TFunction, type TOptions } from './i18n';

interface TransProps {
  t: TFunction;
  i18nKey: string;
  values?: TOptions;
  /** An element for each tag of the text (`<name>{{nom}}</name>`): it gets the tag's content. */
  components: Readonly<Record<string, ReactElement<{ children?: ReactNode }>>>;
}

const TAG = /<(\w+)>([\s\S]*?)<\/\1>/g;

/**
 * A text with elements inside it (a link, an isolated name). The text is split on its tags
 * before its values are put in, so a value (a file's name) can never add an element.
 */
export function Trans({ t, i18nKey, values, components }: TransProps) {
  return <>{render(t.template(i18nKey, values), values, t, components)}</>;
}

function render(
  text: string,
  values: TOptions | undefined,
  t: TFunction,
  components: TransProps['components'],
): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const [whole, tag = '', inner = ''] = match;
    nodes.push(interpolate(text.slice(last, match.index), values, t.language));
    const element = components[tag];
    const children = render(inner, values, t, components);
    nodes.push(
      element ? (
        cloneElement(element, { key: nodes.length }, ...children)
      ) : (
        <Fragment key={nodes.length}>{children}</Fragment>
      ),
    );
    last = match.index + whole.length;
  }
  nodes.push(interpolate(text.slice(last), values, t.language));
  return nodes;
}
