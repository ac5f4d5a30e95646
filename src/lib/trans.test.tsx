import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixedT } from './i18n';
import { Trans } from './trans';

describe('Trans', () => {
  const t = fixedT('fr', 'disputes');

  it('puts each tag of the text in its element, with the values inside', () => {
    render(
      <p>
        <Trans
          t={t}
          i18nKey="case.audit.actions.acceptation"
          values={{ nom: 'Marie Durand' }}
          components={{ name: <bdi /> }}
        />
      </p>,
    );
    expect(screen.getByText('Marie Durand').tagName).toBe('BDI');
    expect(screen.getByText('Marie Durand').parentElement).toHaveTextContent(
      'Accepté par Marie Durand',
    );
  });

  it('never turns a value into an element', () => {
    const { container } = render(
      <p>
        <Trans
          t={t}
          i18nKey="case.audit.actions.acceptation"
          values={{ nom: '<name>x</name><b>y</b>' }}
          components={{ name: <bdi /> }}
        />
      </p>,
    );
    expect(container.querySelectorAll('bdi')).toHaveLength(1);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('bdi')).toHaveTextContent('<name>x</name><b>y</b>');
  });
});
