import { useId } from 'react';
import { ScreenHeading } from '../components/screen-heading';
import { useT } from '../i18n/use-t';
import { checklistTopics, labelIssueTopics, termKindTopics } from './help-topics';

/** Plain words on the review checklist and on what the leak guard finds, from the lists they use. */
export function HelpPage({ onShortcuts }: { onShortcuts: () => void }) {
  const t = useT();
  const checklistId = useId();
  const findingsId = useId();
  return (
    <article className="page help-page">
      <ScreenHeading className="page-title">{t('help.title')}</ScreenHeading>
      <p className="page-subtitle">{t('help.intro')}</p>
      <p>
        <button type="button" className="button button-secondary" onClick={onShortcuts}>
          {t('shortcuts.open')}
        </button>
      </p>

      <section className="panel" aria-labelledby={checklistId}>
        <h2 id={checklistId} className="panel-title">
          {t('help.checklist.heading')}
        </h2>
        <p className="panel-intro">{t('help.checklist.intro')}</p>
        <dl className="help-list">
          {checklistTopics().map((item) => (
            <div key={item.id} className="help-entry">
              <dt>
                {t('help.checklist.item', { id: item.id, text: t(`review.checklist.item.${item.id}`) })}
                <span className="help-tag">{t(item.auto ? 'help.checklist.auto' : 'help.checklist.manual')}</span>
              </dt>
              <dd>{t(item.help)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="panel" aria-labelledby={findingsId}>
        <h2 id={findingsId} className="panel-title">
          {t('help.findings.heading')}
        </h2>
        <p className="panel-intro">{t('help.findings.intro')}</p>
        <h3 className="help-subheading">{t('help.findings.terms')}</h3>
        <ul className="help-list">
          {termKindTopics().map((topic) => (
            <li key={topic.kind}>{t(topic.help)}</li>
          ))}
        </ul>
        <h3 className="help-subheading">{t('help.findings.labels')}</h3>
        <ul className="help-list">
          {labelIssueTopics().map((topic) => (
            <li key={topic.kind}>{t(topic.help)}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
