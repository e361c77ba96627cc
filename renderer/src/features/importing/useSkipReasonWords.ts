import { useTranslation } from '../../i18n/useTranslation';
import type { CallOutput } from '../../../../electron/contract/calls';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { useDescribeError } from '../../ui/useDescribeError';

type SkipReason = NonNullable<CallOutput<'importing.preview'>['entries'][number]['why']>;

const fieldNames = ['issuer', 'label', 'secret', 'algorithm', 'digits', 'period', 'counter', 'icon'] as const;
type FieldName = (typeof fieldNames)[number];
const isFieldName = (field: string): field is FieldName => (fieldNames as readonly string[]).includes(field);

/**
 * Why an import skips an entry, in the person's language: the host sends the reason as
 * data (an entry type, a field, Ente's trash, or an error code), never an English sentence.
 */
export function useSkipReasonWords(): (why: SkipReason) => string {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (why) => {
    switch (why.kind) {
      case 'entryType':
        return t('importing.skipReasons.entryType', { type: why.type });
      case 'field':
        return isFieldName(why.field)
          ? t('importing.skipReasons.field', { field: t(`importing.skipReasons.fields.${why.field}`) })
          : t('importing.skipReasons.fieldUnknown');
      case 'inTrash':
        return t('importing.skipReasons.inTrash');
      case 'error':
        return describe(new DeskIdError(why.code, ''));
    }
  };
}
