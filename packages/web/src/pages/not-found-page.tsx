import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../components/empty-state';

/** A path the UI does not know (a mistyped or outdated link). */
export function NotFoundPage() {
  return (
    <EmptyState
      title="This page does not exist"
      action={
        <Button component={Link} to="/">
          Go to search
        </Button>
      }
    >
      The link may be mistyped or out of date. Search the catalog for what you were looking for.
    </EmptyState>
  );
}
