import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '@/lib/i18n';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '@/lib/api-client';
import { CheckboxField } from './checkbox-field';
import { ErrorSummary } from './error-summary';
import { Field } from './field';
import { apiFieldErrors } from './field-errors';
import { FieldsetGroup } from './fieldset-group';
import { useZodForm } from './use-zod-form';
import { issuesToFieldErrors } from './zod-check';

const schema = z.object({
  identifiant: z.string().min(1, { error: 'auth:login.errors.identifiantRequired' }),
  password: z.string().min(1, { error: 'auth:login.errors.passwordRequired' }),
  notifications: z.object({
    ouverture: z
      .boolean()
      .pipe(z.literal(true, { error: 'activation:conditions.errors.required' })),
  }),
});
const fields = ['identifiant', 'password', 'notifications.ouverture'] as const;

function TestForm({
  send,
  loadSchema,
}: {
  send: (values: z.output<typeof schema>) => Promise<void>;
  loadSchema?: () => Promise<typeof schema>;
}) {
  const { form, errorOf, idOf, summary, onChange, handleSubmit, sending } = useZodForm({
    schema: loadSchema ?? schema,
    defaultValues: { identifiant: '', password: '', notifications: { ouverture: false } },
    fields,
    idPrefix: 'test',
    reusable: true,
  });
  return (
    <form noValidate onSubmit={handleSubmit(send)} onChange={onChange}>
      <ErrorSummary summary={summary} />
      <Field
        id={idOf('identifiant')}
        label="Identifiant"
        error={errorOf('identifiant')}
        {...form.register('identifiant')}
      />
      <Field
        id={idOf('password')}
        label="Mot de passe"
        error={errorOf('password')}
        {...form.register('password')}
      />
      <FieldsetGroup legend="Notifications">
        <CheckboxField
          id={idOf('notifications.ouverture')}
          label="Ouverture"
          error={errorOf('notifications.ouverture')}
          {...form.register('notifications.ouverture')}
        />
      </FieldsetGroup>
      <button type="submit" aria-busy={sending || undefined}>
        Envoyer
      </button>
    </form>
  );
}

function setup(send = vi.fn(() => Promise.resolve())) {
  const user = userEvent.setup();
  render(<TestForm send={send} />);
  const submit = () => user.click(screen.getByRole('button', { name: 'Envoyer' }));
  return { user, send, submit };
}

afterEach(() => changeLanguage('fr'));

describe('the form kit’s validation policy', () => {
  it('checks nothing while the user types a first time, everything on submit', async () => {
    const { user, submit, send } = setup();
    const identifiant = screen.getByLabelText('Identifiant');
    await user.type(identifiant, 'a');
    await user.clear(identifiant);
    await user.tab();
    expect(identifiant).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('group', { name: /erreurs/ })).not.toBeInTheDocument();

    await submit();
    expect(send).not.toHaveBeenCalled();
    const summary = await screen.findByRole('group', {
      name: 'Le formulaire contient des erreurs',
    });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Saisissez votre identifiant.',
      'Saisissez votre mot de passe.',
      expect.stringMatching(/^Cochez la case/),
    ]);
    expect(identifiant).toHaveAttribute('aria-invalid', 'true');
  });

  it('follows the typing of a field in error, and gives none to a field without one', async () => {
    const { user, submit } = setup();
    await user.type(screen.getByLabelText('Mot de passe'), 'secret');
    await submit();
    const identifiant = screen.getByLabelText('Identifiant');
    await waitFor(() => expect(identifiant).toHaveAttribute('aria-invalid', 'true'));

    await user.type(identifiant, 'marie');
    expect(identifiant).not.toHaveAttribute('aria-invalid');
    await user.clear(identifiant);
    expect(identifiant).toHaveAccessibleDescription(/^Erreur\s: Saisissez votre identifiant\.$/);

    // Valid at submit: emptied now, it shows nothing until the next submit.
    const password = screen.getByLabelText('Mot de passe');
    await user.clear(password);
    expect(password).not.toHaveAttribute('aria-invalid');
    // The summary is the submit's snapshot: it does not move while the user types.
    expect(screen.getAllByRole('link')).toHaveLength(2);
  });

  it('sends the checked values once for a double click', async () => {
    let finish = () => {};
    const send = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { user, submit } = setup(send);
    await user.type(screen.getByLabelText('Identifiant'), 'marie');
    await user.type(screen.getByLabelText('Mot de passe'), 'secret');
    await user.click(screen.getByLabelText('Ouverture'));
    await user.dblClick(screen.getByRole('button', { name: 'Envoyer' }));
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(
      { identifiant: 'marie', password: 'secret', notifications: { ouverture: true } },
      expect.objectContaining({ key: expect.any(String) }),
    );
    await act(async () => finish());
    await submit();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('shows the submit as sending from a checked submit until the answer', async () => {
    let fail: (error: unknown) => void = () => {};
    const send = vi.fn(() => new Promise<void>((_, reject) => (fail = reject)));
    const { user, submit } = setup(send);
    const button = screen.getByRole('button', { name: 'Envoyer' });
    await submit();
    await screen.findByRole('group', { name: 'Le formulaire contient des erreurs' });
    expect(button).not.toHaveAttribute('aria-busy');

    await user.type(screen.getByLabelText('Identifiant'), 'marie');
    await user.type(screen.getByLabelText('Mot de passe'), 'secret');
    await user.click(screen.getByLabelText('Ouverture'));
    await submit();
    expect(button).toHaveAttribute('aria-busy', 'true');
    await act(async () => fail(new ApiError('network', 0, null)));
    expect(button).not.toHaveAttribute('aria-busy');
  });
});

describe('a schema loaded on demand', () => {
  it('starts loading at the first change, and checks the submit once it is there', async () => {
    let resolve: (loaded: typeof schema) => void = () => undefined;
    const loadSchema = vi.fn(() => new Promise<typeof schema>((done) => (resolve = done)));
    const send = vi.fn(() => Promise.resolve());
    const user = userEvent.setup();
    render(<TestForm send={send} loadSchema={loadSchema} />);
    expect(loadSchema).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Identifiant'), 'marie.durand');
    expect(loadSchema).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(screen.queryByRole('group', { name: /erreurs/ })).not.toBeInTheDocument();

    act(() => resolve(schema));
    const summary = await screen.findByRole('group', {
      name: 'Le formulaire contient des erreurs',
    });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Saisissez votre mot de passe.', expect.stringMatching(/^Cochez la case/)]);
    expect(send).not.toHaveBeenCalled();
    expect(loadSchema).toHaveBeenCalledTimes(1);
  });
});

describe('a schema loaded on demand, the form gone', () => {
  it('sends nothing once the form has left the screen', async () => {
    let resolve: (loaded: typeof schema) => void = () => undefined;
    const loadSchema = vi.fn(() => new Promise<typeof schema>((done) => (resolve = done)));
    const send = vi.fn(() => Promise.resolve());
    const user = userEvent.setup();
    const { unmount } = render(<TestForm send={send} loadSchema={loadSchema} />);
    await user.type(screen.getByLabelText('Identifiant'), 'marie.durand');
    await user.type(screen.getByLabelText('Mot de passe'), 'secret');
    await user.click(screen.getByLabelText('Ouverture'));
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    unmount();
    await act(async () => resolve(schema));
    expect(send).not.toHaveBeenCalled();
  });
});

describe('the error summary', () => {
  it('scrolls a field’s label into view, then focuses the field without scrolling again', async () => {
    const { user, submit } = setup();
    await submit();
    const scrolled: Element[] = [];
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (
      this: Element,
    ) {
      scrolled.push(this);
    });
    const identifiant = screen.getByLabelText('Mot de passe');
    const focus = vi.spyOn(identifiant, 'focus');
    await user.click(screen.getByRole('link', { name: 'Saisissez votre mot de passe.' }));
    expect(scrolled).toEqual([screen.getByText('Mot de passe', { selector: 'label' })]);
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
    expect(identifiant).toHaveFocus();
    scroll.mockRestore();
  });

  it('scrolls the group’s legend into view for a checkbox of a group', async () => {
    const { user, submit } = setup();
    await submit();
    const scrolled: Element[] = [];
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (
      this: Element,
    ) {
      scrolled.push(this);
    });
    await user.click(screen.getByRole('link', { name: /^Cochez la case/ }));
    expect(scrolled).toEqual([screen.getByText('Notifications', { selector: 'legend' })]);
    expect(screen.getByLabelText('Ouverture')).toHaveFocus();
    scroll.mockRestore();
  });
});

describe('the API’s field errors', () => {
  it('land on the fields they name, the closest field for a nested path, in the summary', async () => {
    const send = vi.fn(() =>
      Promise.reject(
        new ApiError('http', 400, {
          code: 'VALIDATION',
          fieldErrors: {
            password: 'auth:login.errors.passwordTooLong',
            _: 'common:errors.unexpected',
          },
        }),
      ),
    );
    const { user, submit } = setup(send);
    await user.type(screen.getByLabelText('Identifiant'), 'marie');
    await user.type(screen.getByLabelText('Mot de passe'), 'secret');
    await user.click(screen.getByLabelText('Ouverture'));
    await submit();
    const summary = await screen.findByRole('group', {
      name: 'Le formulaire contient des erreurs',
    });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link')).toHaveTextContent(/^Le mot de passe comporte/);
    expect(screen.getByLabelText('Mot de passe')).toHaveAccessibleDescription(
      /^Erreur\s: Le mot de passe comporte au plus 128/,
    );
  });

  it('maps paths onto fields, under a prefix, and says nothing for a server failure', () => {
    const refused = new ApiError('http', 400, {
      code: 'VALIDATION',
      fieldErrors: {
        'profil.email': 'a',
        'profil.email.domain': 'b',
        'contestation.documents.0.nom': 'c',
        'etablissement.siret': 'd',
      },
    });
    expect(apiFieldErrors(refused, ['email', 'telephone'], 'profil.')).toEqual({ email: 'a' });
    expect(apiFieldErrors(refused, ['documents'], 'contestation.')).toEqual({ documents: 'c' });
    expect(apiFieldErrors(refused, ['iban'], 'etablissement.')).toBeNull();
    expect(apiFieldErrors(new ApiError('http', 500, null), ['email'])).toBeNull();
    expect(apiFieldErrors(new ApiError('network', 0, null), ['email'])).toBeNull();
    expect(
      issuesToFieldErrors(
        [
          { path: ['documents', 2, 'taille'], message: 'trop gros' },
          { path: ['documents'], message: 'trop nombreux' },
        ],
        ['documents'],
      ),
    ).toEqual({ documents: 'trop gros' });
  });
});

describe('a field’s error', () => {
  it('is preceded by a visually hidden « Erreur : », « Error: » in English', async () => {
    const { submit } = setup();
    await submit();
    const identifiant = screen.getByLabelText('Identifiant');
    await waitFor(() =>
      expect(identifiant).toHaveAccessibleDescription(/^Erreur\s: Saisissez votre identifiant\.$/),
    );
    expect(screen.getAllByText('Erreur :')[0]).toHaveClass('visually-hidden');
    await act(() => changeLanguage('en'));
    expect(identifiant).toHaveAccessibleDescription('Error: Enter your user ID.');
  });
});
