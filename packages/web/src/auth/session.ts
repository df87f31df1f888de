import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { fetchMe } from '../api/endpoints';
import type { Me, Role } from '../api/types';

export const ME_KEY = ['me'] as const;

/** The signed-in user; `undefined` while loading, `null` when there is no session. */
export function useSession(): { me: Me | null | undefined; error: unknown } {
  const query = useQuery({
    queryKey: ME_KEY,
    queryFn: async () => {
      try {
        return await fetchMe();
      } catch (error) {
        // No session is an answer, not a failure: the app shows the sign-in page.
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
  return { me: query.data, error: query.error };
}

/** The signed-in user (only inside `RequireSession`). */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe() outside a signed-in page');
  return me;
}

const RANK: Record<Role, number> = { guest: -1, viewer: 0, editor: 1, admin: 2 };

/** True when the user's role is at least `role` (the server checks again; this only hides buttons). */
export function hasRole(me: Me, role: Role): boolean {
  // An unknown role (a newer server's) ranks as a viewer: buttons stay hidden, the server decides anyway.
  return (RANK[me.role as Role] ?? 0) >= RANK[role];
}

/** Forgets every cached answer, e.g. after signing out, so the next user sees nothing of the last one's. */
export function useResetSession(): () => void {
  const client = useQueryClient();
  return () => {
    client.clear();
    client.setQueryData(ME_KEY, null);
  };
}
