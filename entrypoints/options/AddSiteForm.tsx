import { useState } from 'preact/hooks';
import { siteKeyOfInput } from '../../utils/auto-mode/hosts';
import { chooseSiteRule } from '../../utils/auto-mode/rule-choices';
import { t } from '../../utils/i18n';
import { ChoiceGroup } from './ChoiceGroup';

type NewRule = 'always' | 'never';

/**
 * Add a rule by typing a site (a host or a page's address). "Always" asks for the site's access
 * right in the submit (a click or Enter: the browser's user gesture).
 */
export function AddSiteForm() {
  const [text, setText] = useState('');
  const [mode, setMode] = useState<NewRule>('always');
  const [message, setMessage] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: Event) => {
    event.preventDefault();
    const key = siteKeyOfInput(text);
    if (!key) {
      setInvalid(true);
      setMessage(t('optionsAddSiteInvalid'));
      return;
    }
    setInvalid(false);
    setMessage('');
    // No await before this call: for "always" it asks the browser for access.
    chooseSiteRule(key, mode).then(
      (ok) => {
        setMessage(ok ? t('optionsAddSiteAdded', key) : t('autoAccessRefused'));
        if (ok) setText('');
      },
      () => setMessage(t('autoChoiceFailed')),
    );
  };

  return (
    <form class="add-site" onSubmit={submit} data-testid="add-site" noValidate>
      <h3>{t('optionsAddSite')}</h3>
      <div class="field">
        <label for="add-site-host">{t('optionsAddSiteHost')}</label>
        <input
          id="add-site-host"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={invalid}
          aria-describedby="add-site-hint"
          data-testid="add-site-host"
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <p id="add-site-hint" class="hint">
          {t('optionsAddSiteHint')}
        </p>
      </div>
      <ChoiceGroup
        name="add-site-mode"
        legend={t('optionsAddSiteMode')}
        value={mode}
        choices={[
          { value: 'always', label: t('autoChoiceAlways') },
          { value: 'never', label: t('autoChoiceNever') },
        ]}
        onChange={setMode}
      />
      <button type="submit" class="primary" data-testid="add-site-submit">
        {t('optionsAddSiteSubmit')}
      </button>
      <p role="status" class="message" data-testid="add-site-message">
        {message}
      </p>
    </form>
  );
}
