import { useDescribeFeatureError } from './useDescribeFeatureError';

/**
 * A feature action's failure in the feature's own words (`role="alert"`, an empty live
 * region when there is none, so the next failure is announced too).
 */
export function FeatureError({ error, feature }: { error: unknown; feature: 'adding' | 'importing' | 'exporting' }) {
  const describe = useDescribeFeatureError(feature);
  return (
    <div className="form-error" role="alert">
      {error === undefined || error === null ? null : <p>{describe(error)}</p>}
    </div>
  );
}
