import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { jobStates, jobsOverview, type JobState } from '@/lib/server/admin/jobs';
import { requireStaff } from '@/lib/server/auth';
import { dateFormat } from '@/lib/domain/date-format';

import { RetryButton } from './_components/retry-button';

import { Notice } from '../_components/list-parts';

type Props = PageProps<'/[locale]/admin/jobs'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.jobs' });
  return { title: t('title') };
}

function isJobState(value: unknown): value is JobState {
  return typeof value === 'string' && (jobStates as readonly string[]).includes(value);
}

/** The job queue by state; failed jobs show their last error and can be retried. */
export default async function AdminJobsPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const search = await searchParams;
  const state: JobState = isJobState(search.state) ? search.state : 'failed';
  await requireStaff(locale, `/admin/jobs?state=${state}`);
  const t = await getTranslations('Admin.jobs');
  const { jobs, counts } = await jobsOverview(state);
  const date = dateFormat(locale, 'adminDateTime');
  const retried = typeof search.retried === 'string' ? search.retried : undefined;

  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <nav aria-label={t('stateNav')}>
        <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {jobStates.map((each) => (
            <li key={each}>
              <Link
                href={`/admin/jobs?state=${each}`}
                aria-current={each === state ? 'page' : undefined}
                className="text-brand-700 underline aria-[current=page]:font-bold aria-[current=page]:text-stone-900"
              >
                {t('count', { state: t(`states.${each}`), count: counts[each] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {retried && (
        <Notice>{retried === 'none' ? t('notRetried') : t('retried', { id: retried })}</Notice>
      )}
      <h2 className="text-lg font-semibold">{t(`states.${state}`)}</h2>
      {jobs.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {jobs.map((job) => (
            <li
              key={job.id}
              className="flex flex-col gap-2 rounded border border-stone-200 p-3 text-sm"
            >
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="font-medium">{t('columns.id')}</dt>
                <dd>{job.id}</dd>
                <dt className="font-medium">{t('columns.type')}</dt>
                <dd className="break-all">{job.type}</dd>
                <dt className="font-medium">{t('columns.attempts')}</dt>
                <dd>{t('attempts', { attempts: job.attempts, max: job.maxAttempts })}</dd>
                <dt className="font-medium">{t('columns.created')}</dt>
                <dd>{date.format(job.createdAt)}</dd>
                <dt className="font-medium">{t('columns.updated')}</dt>
                <dd>{date.format(job.updatedAt)}</dd>
                {job.lastError && (
                  <>
                    <dt className="font-medium">{t('columns.error')}</dt>
                    <dd className="break-words whitespace-pre-wrap text-red-900">
                      {job.lastError}
                    </dd>
                  </>
                )}
              </dl>
              {job.state === 'failed' && <RetryButton id={job.id} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
