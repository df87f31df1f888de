/**
 * Generated from openapi.json by openapi-typescript: `npm run api-types -w @sextant/web`. Do not edit; the app
 * names the shapes it reads in ./types.ts.
 */

export interface paths {
  '/healthcheck': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness check (no authentication) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'OK';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with email and password; sets the session cookie */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              email: string;
              name: string;
              role: string;
              workspace_id: string;
              via: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out (ends the session) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user or the API key owner */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              email: string;
              name: string;
              role: string;
              workspace_id: string;
              via: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/integrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List integrations, optionally of one type */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
          /** @description only integrations of this type */
          type?: string;
          /** @description only integrations of these types (comma-separated) */
          type__in?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                /** Format: date-time */
                created_at: string;
                /** Format: date-time */
                updated_at: string;
                name: string;
                type: string;
                /** @description the credential keys; every value is "********" (secrets are never returned) */
                credentials: {
                  [key: string]: '********';
                };
                workspace_id: string;
                ssh_tunnel: string | null;
                execute_access: string[];
                /** @description hour of the day, UTC */
                scheduled_extractions_hour: number;
                /** @description days between scheduled runs */
                scheduled_extractions_frequency: number;
                /** Format: date-time */
                scheduled_extractions_next_run: string | null;
                /** Format: date-time */
                scheduled_extractions_last_run: string | null;
                /** @description free, non-secret settings of the integration */
                properties: {
                  [key: string]: unknown;
                };
                preview_access_users: string[];
                preview_access_roles: string[];
                preview_access_groups: string[];
                teams: string[];
                /** @description How source values meet user edits: never import, smart (user edits win; default), always */
                import_policy: 'never' | 'smart' | 'always';
                auto_stale: boolean;
                schedule_enabled: boolean;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Create an integration (credentials are stored encrypted) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @description the kind of source: postgres, dbt, custom, ... */
            type: string;
            /** @description stored encrypted; never returned in clear */
            credentials?: {
              [key: string]: unknown;
            };
            /** @description type marketplace:<id> only: the version to pin (default: newest own / newest approved) */
            marketplace_version?: number;
            /** @description type marketplace:<id> only: private host[:port] the code may reach (e.g. 127.0.0.1:8080) */
            allow_private_hosts?: string[];
            /** @description ids of the teams that own the integration */
            teams?: string[];
            /** @description free, non-secret settings of the integration */
            properties?: {
              [key: string]: unknown;
            };
            /** @description How source values meet user edits: never import, smart (user edits win; default), always */
            import_policy?: 'never' | 'smart' | 'always';
            /** @description stale resources absent from a sync (default true) */
            auto_stale?: boolean;
            /** @description UTC, default 0 */
            scheduled_extractions_hour?: number;
            /** @description days between runs, default 1 */
            scheduled_extractions_frequency?: number;
            /** @description run on the schedule (default true) */
            schedule_enabled?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              name: string;
              type: string;
              /** @description the credential keys; every value is "********" (secrets are never returned) */
              credentials: {
                [key: string]: '********';
              };
              workspace_id: string;
              ssh_tunnel: string | null;
              execute_access: string[];
              /** @description hour of the day, UTC */
              scheduled_extractions_hour: number;
              /** @description days between scheduled runs */
              scheduled_extractions_frequency: number;
              /** Format: date-time */
              scheduled_extractions_next_run: string | null;
              /** Format: date-time */
              scheduled_extractions_last_run: string | null;
              /** @description free, non-secret settings of the integration */
              properties: {
                [key: string]: unknown;
              };
              preview_access_users: string[];
              preview_access_roles: string[];
              preview_access_groups: string[];
              teams: string[];
              /** @description How source values meet user edits: never import, smart (user edits win; default), always */
              import_policy: 'never' | 'smart' | 'always';
              auto_stale: boolean;
              schedule_enabled: boolean;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/integrations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One integration */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              name: string;
              type: string;
              /** @description the credential keys; every value is "********" (secrets are never returned) */
              credentials: {
                [key: string]: '********';
              };
              workspace_id: string;
              ssh_tunnel: string | null;
              execute_access: string[];
              /** @description hour of the day, UTC */
              scheduled_extractions_hour: number;
              /** @description days between scheduled runs */
              scheduled_extractions_frequency: number;
              /** Format: date-time */
              scheduled_extractions_next_run: string | null;
              /** Format: date-time */
              scheduled_extractions_last_run: string | null;
              /** @description free, non-secret settings of the integration */
              properties: {
                [key: string]: unknown;
              };
              preview_access_users: string[];
              preview_access_roles: string[];
              preview_access_groups: string[];
              teams: string[];
              /** @description How source values meet user edits: never import, smart (user edits win; default), always */
              import_policy: 'never' | 'smart' | 'always';
              auto_stale: boolean;
              schedule_enabled: boolean;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete an integration with all its resources, lineage and syncs */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change an integration (Sextant extension): name, teams, credentials (merged), policy, schedule */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            /** @description merged into the stored credentials: a value replaces, "********" keeps, null removes */
            credentials?: {
              [key: string]: unknown;
            };
            /** @description ids of the teams that own the integration */
            teams?: string[];
            /** @description free, non-secret settings of the integration */
            properties?: {
              [key: string]: unknown;
            };
            /** @description How source values meet user edits: never import, smart (user edits win; default), always */
            import_policy?: 'never' | 'smart' | 'always';
            /** @description stale resources absent from a sync (default true) */
            auto_stale?: boolean;
            /** @description UTC, default 0 */
            scheduled_extractions_hour?: number;
            /** @description days between runs, default 1 */
            scheduled_extractions_frequency?: number;
            /** @description run on the schedule (default true) */
            schedule_enabled?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              name: string;
              type: string;
              /** @description the credential keys; every value is "********" (secrets are never returned) */
              credentials: {
                [key: string]: '********';
              };
              workspace_id: string;
              ssh_tunnel: string | null;
              execute_access: string[];
              /** @description hour of the day, UTC */
              scheduled_extractions_hour: number;
              /** @description days between scheduled runs */
              scheduled_extractions_frequency: number;
              /** Format: date-time */
              scheduled_extractions_next_run: string | null;
              /** Format: date-time */
              scheduled_extractions_last_run: string | null;
              /** @description free, non-secret settings of the integration */
              properties: {
                [key: string]: unknown;
              };
              preview_access_users: string[];
              preview_access_roles: string[];
              preview_access_groups: string[];
              teams: string[];
              /** @description How source values meet user edits: never import, smart (user edits win; default), always */
              import_policy: 'never' | 'smart' | 'always';
              auto_stale: boolean;
              schedule_enabled: boolean;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/user': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the users of the workspace */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
          /** @description viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
          role?: 'viewer' | 'editor' | 'admin';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                /** Format: date-time */
                created_at: string;
                /** Format: date-time */
                updated_at: string;
                email: string;
                name: string;
                /** @description viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
                role: 'viewer' | 'editor' | 'admin';
                /** @description inactive users cannot sign in and their keys stop working */
                active: boolean;
                /** Format: date-time */
                last_login_at: string | null;
                workspace_id: string;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Create a user */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            name?: string;
            /** @description viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
            role: 'viewer' | 'editor' | 'admin';
            /** @description at least 8 characters */
            password?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              email: string;
              name: string;
              /** @description viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
              role: 'viewer' | 'editor' | 'admin';
              /** @description inactive users cannot sign in and their keys stop working */
              active: boolean;
              /** Format: date-time */
              last_login_at: string | null;
              workspace_id: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/user/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              email: string;
              name: string;
              /** @description viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
              role: 'viewer' | 'editor' | 'admin';
              /** @description inactive users cannot sign in and their keys stop working */
              active: boolean;
              /** Format: date-time */
              last_login_at: string | null;
              workspace_id: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a user with their API keys and sessions (never the last admin) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a user: name, role, active, password (never demotes the last admin) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            /** @description viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
            role?: 'viewer' | 'editor' | 'admin';
            active?: boolean;
            /** @description at least 8 characters */
            password?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              email: string;
              name: string;
              /** @description viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
              role: 'viewer' | 'editor' | 'admin';
              /** @description inactive users cannot sign in and their keys stop working */
              active: boolean;
              /** Format: date-time */
              last_login_at: string | null;
              workspace_id: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/auth/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List teams with their members */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                /** Format: date-time */
                created_at: string;
                /** Format: date-time */
                updated_at: string;
                name: string;
                description: string;
                workspace_id: string;
                /** @description user ids */
                members: string[];
                icon: string | null;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Create a team */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            description?: string;
            /** @description user ids of the members; replaces the whole membership when given */
            members?: string[];
            /** @description an emoji or icon name */
            icon?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              name: string;
              description: string;
              workspace_id: string;
              /** @description user ids */
              members: string[];
              icon: string | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/teams/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One team */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              name: string;
              description: string;
              workspace_id: string;
              /** @description user ids */
              members: string[];
              icon: string | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a team (its users stay) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a team; `members` replaces the membership */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            description?: string;
            /** @description user ids of the members; replaces the whole membership when given */
            members?: string[];
            /** @description an emoji or icon name */
            icon?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              name: string;
              description: string;
              workspace_id: string;
              /** @description user ids */
              members: string[];
              icon: string | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/auth/group': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List groups with their members */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                /** Format: date-time */
                created_at: string;
                /** Format: date-time */
                updated_at: string;
                name: string;
                description: string;
                workspace_id: string;
                /** @description user ids */
                members: string[];
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Create a group */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            description?: string;
            /** @description user ids of the members; replaces the whole membership when given */
            members?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              name: string;
              description: string;
              workspace_id: string;
              /** @description user ids */
              members: string[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/group/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One group */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              name: string;
              description: string;
              workspace_id: string;
              /** @description user ids */
              members: string[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a group (its users stay) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a group; `members` replaces the membership */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            description?: string;
            /** @description user ids of the members; replaces the whole membership when given */
            members?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              name: string;
              description: string;
              workspace_id: string;
              /** @description user ids */
              members: string[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/auth/api_keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List your API keys (admins: all=true for the workspace's) */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
          /** @description admins only: every key of the workspace, not just the caller's */
          all?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                name: string;
                /** @description viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
                role: 'viewer' | 'editor' | 'admin';
                /** @description the first characters of the key, to tell keys apart */
                prefix: string;
                user_id: string;
                workspace_id: string;
                /** Format: date-time */
                created_at: string;
                /** Format: date-time */
                last_used_at: string | null;
                /** Format: date-time */
                revoked_at: string | null;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Create an API key for yourself with a role up to yours; the key is shown once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @description viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
            role: 'viewer' | 'editor' | 'admin';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              /** @description viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
              role: 'viewer' | 'editor' | 'admin';
              /** @description the first characters of the key, to tell keys apart */
              prefix: string;
              user_id: string;
              workspace_id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              last_used_at: string | null;
              /** Format: date-time */
              revoked_at: string | null;
              /** @description the key in clear; shown once, store it now */
              key: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/api_keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API key (yours, or any as admin); it stops working at once */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resource/catalog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search the catalog with a filter tree and a sort
     * @description Filterable fields: id, entity_type, native_type, title, title_full, description, definition, integration_id (integration), parent_id (parent), databuilder_id, database, schema, type, url, product, group, owners, teams, tags, collections, verified, pii, published, archived, stale, is_pk, hidden, sort_order, row_count, byte_size, external_usage, internal_usage, created_at, updated_at, external_updated_at, stale_at, archived_at. Sortable: entity_type, native_type, title, title_full, database, schema, type, the numbers, the timestamps and total_usage. Default: newest first.
     */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
          /** @description URL-encoded JSON: {"operator":"and"|"or"|"not","operands":[...]} or {"operator":"exact"|"contains"|"in"|"is_set","field":"...","value":...}. Stale resources are left out unless the filter names "stale". */
          filter?: string;
          /** @description URL-encoded JSON: {"field":"title","order":"asc"|"desc"}. */
          sort?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                created_at: string;
                updated_at: string;
                entity_type: string;
                native_type: string | null;
                title: string;
                /** @description Dotted full name, e.g. "db.schema.table". */
                title_full: string;
                description: string;
                /** @description Long documentation (markdown or HTML). */
                definition: string;
                /** @description Owner emails. */
                owners: string[];
                owners_groups: string[];
                /** @description Ids of the collections holding the resource. */
                collections: string[];
                /** @description Tag ids. */
                tags: string[];
                workspace_id: string;
                published: boolean;
                archived: boolean;
                archived_at: string | null;
                pii: boolean;
                verified: boolean;
                url: string | null;
                /** @description Id of the parent resource. */
                parent: string | null;
                /** @description Live (not stale) children. */
                children_count: number;
                /** @description Id of the integration; null for hand-made resources. */
                integration: string | null;
                databuilder_id: string | null;
                sources: string[];
                /** @description Team ids. */
                teams: string[];
                external_updated_at: string | null;
                external_usage: number;
                internal_usage: number;
                total_usage: number;
                /** @description Absent from its integration’s last sync; kept in the archive view. */
                stale: boolean;
                stale_at: string | null;
                row_count: number | null;
                byte_size: number | null;
                /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
                tests: {
                  name: string;
                  /** @description pass, fail, error, warn or skipped; null if never run */
                  status: string | null;
                  message: string | null;
                  failures: number | null;
                  run_at: string | null;
                }[];
                /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
                custom_properties: {
                  [key: string]: unknown;
                };
                /** @description Data type text. */
                type?: string | null;
                sort_order?: number | null;
                is_pk?: boolean;
                /** @description Schema name. */
                schema?: string | null;
                /** @description Database name. */
                database?: string | null;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resource/all/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a resource (stale ones included) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              /** @description Data type text. */
              type?: string | null;
              sort_order?: number | null;
              is_pk?: boolean;
              /** @description Schema name. */
              schema?: string | null;
              /** @description Database name. */
              database?: string | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a resource and everything below it */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a resource */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      /** @description Absent fields are kept. description/definition/owners become user values that syncs respect (import policy); title and native_type can only be edited on hand-made resources; tags/collections/teams replace the lists. */
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            definition?: string;
            owners?: string[];
            native_type?: string | null;
            url?: string | null;
            pii?: boolean;
            verified?: boolean;
            published?: boolean;
            tags?: string[];
            collections?: string[];
            teams?: string[];
            title?: string;
            archived?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              /** @description Data type text. */
              type?: string | null;
              sort_order?: number | null;
              is_pk?: boolean;
              /** @description Schema name. */
              schema?: string | null;
              /** @description Database name. */
              database?: string | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search resources by words, ranked, with facet counts
     * @description Ranked: exact title, title prefix, the words as a phrase in the title, in the description, then anywhere (documentation included); verified, then more used, first within each. Stale resources only with archive=true.
     */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
          /** @description What to look for. Taken as words (letters and digits); everything else separates them, so no full-text syntax applies. The last word matches as a prefix unless the text ends with a space. */
          q?: string;
          /** @description Entity types (repeat the parameter for several: any of them matches). */
          entity_type?: string[];
          /** @description Integration ids. */
          integration_id?: string[];
          /** @description Database names. */
          database?: string[];
          /** @description Schema names. */
          schema?: string[];
          /** @description Tag ids. */
          tag?: string[];
          /** @description Owner emails. */
          owner?: string[];
          verified?: boolean;
          pii?: boolean;
          /** @description true: stale resources only (the archive view). Default: live ones only. */
          archive?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                created_at: string;
                updated_at: string;
                entity_type: string;
                native_type: string | null;
                title: string;
                /** @description Dotted full name, e.g. "db.schema.table". */
                title_full: string;
                description: string;
                /** @description Long documentation (markdown or HTML). */
                definition: string;
                /** @description Owner emails. */
                owners: string[];
                owners_groups: string[];
                /** @description Ids of the collections holding the resource. */
                collections: string[];
                /** @description Tag ids. */
                tags: string[];
                workspace_id: string;
                published: boolean;
                archived: boolean;
                archived_at: string | null;
                pii: boolean;
                verified: boolean;
                url: string | null;
                /** @description Id of the parent resource. */
                parent: string | null;
                /** @description Live (not stale) children. */
                children_count: number;
                /** @description Id of the integration; null for hand-made resources. */
                integration: string | null;
                databuilder_id: string | null;
                sources: string[];
                /** @description Team ids. */
                teams: string[];
                external_updated_at: string | null;
                external_usage: number;
                internal_usage: number;
                total_usage: number;
                /** @description Absent from its integration’s last sync; kept in the archive view. */
                stale: boolean;
                stale_at: string | null;
                row_count: number | null;
                byte_size: number | null;
                /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
                tests: {
                  name: string;
                  /** @description pass, fail, error, warn or skipped; null if never run */
                  status: string | null;
                  message: string | null;
                  failures: number | null;
                  run_at: string | null;
                }[];
                /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
                custom_properties: {
                  [key: string]: unknown;
                };
                /** @description Data type text. */
                type?: string | null;
                sort_order?: number | null;
                is_pk?: boolean;
                /** @description Schema name. */
                schema?: string | null;
                /** @description Database name. */
                database?: string | null;
                /** @description Why it ranks where it does; the tiers, best first: exact_title, title_prefix, title_phrase, description_phrase, text. */
                match: 'exact_title' | 'title_prefix' | 'title_phrase' | 'description_phrase' | 'text';
              }[];
              /** @description Per facet, its most frequent values among the matches (integration: integration_id; tag: tag id; verified and pii: "true"/"false"). */
              facets: {
                entity_type: {
                  /** @description The value to filter by (the parameter of the same facet). */
                  value: string;
                  /** @description What to show: the integration or tag name, else the value. */
                  label: string;
                  count: number;
                }[];
                integration: {
                  /** @description The value to filter by (the parameter of the same facet). */
                  value: string;
                  /** @description What to show: the integration or tag name, else the value. */
                  label: string;
                  count: number;
                }[];
                database: {
                  /** @description The value to filter by (the parameter of the same facet). */
                  value: string;
                  /** @description What to show: the integration or tag name, else the value. */
                  label: string;
                  count: number;
                }[];
                schema: {
                  /** @description The value to filter by (the parameter of the same facet). */
                  value: string;
                  /** @description What to show: the integration or tag name, else the value. */
                  label: string;
                  count: number;
                }[];
                tag: {
                  /** @description The value to filter by (the parameter of the same facet). */
                  value: string;
                  /** @description What to show: the integration or tag name, else the value. */
                  label: string;
                  count: number;
                }[];
                owner: {
                  /** @description The value to filter by (the parameter of the same facet). */
                  value: string;
                  /** @description What to show: the integration or tag name, else the value. */
                  label: string;
                  count: number;
                }[];
                verified: {
                  /** @description The value to filter by (the parameter of the same facet). */
                  value: string;
                  /** @description What to show: the integration or tag name, else the value. */
                  label: string;
                  count: number;
                }[];
                pii: {
                  /** @description The value to filter by (the parameter of the same facet). */
                  value: string;
                  /** @description What to show: the integration or tag name, else the value. */
                  label: string;
                  count: number;
                }[];
              };
              /** @description More resources match than one search gathers (docs/search.md): count, pages and facet counts cover the best-placed ones. */
              approximate: boolean;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/database/databases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List databases (filters: integration_id, parent_id, title, and their __in lists) */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
          integration_id?: string;
          parent_id?: string;
          /** @description Exact title. */
          title?: string;
          integration_id__in?: string[];
          parent_id__in?: string[];
          title__in?: string[];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                created_at: string;
                updated_at: string;
                entity_type: string;
                native_type: string | null;
                title: string;
                /** @description Dotted full name, e.g. "db.schema.table". */
                title_full: string;
                description: string;
                /** @description Long documentation (markdown or HTML). */
                definition: string;
                /** @description Owner emails. */
                owners: string[];
                owners_groups: string[];
                /** @description Ids of the collections holding the resource. */
                collections: string[];
                /** @description Tag ids. */
                tags: string[];
                workspace_id: string;
                published: boolean;
                archived: boolean;
                archived_at: string | null;
                pii: boolean;
                verified: boolean;
                url: string | null;
                /** @description Id of the parent resource. */
                parent: string | null;
                /** @description Live (not stale) children. */
                children_count: number;
                /** @description Id of the integration; null for hand-made resources. */
                integration: string | null;
                databuilder_id: string | null;
                sources: string[];
                /** @description Team ids. */
                teams: string[];
                external_updated_at: string | null;
                external_usage: number;
                internal_usage: number;
                total_usage: number;
                /** @description Absent from its integration’s last sync; kept in the archive view. */
                stale: boolean;
                stale_at: string | null;
                row_count: number | null;
                byte_size: number | null;
                /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
                tests: {
                  name: string;
                  /** @description pass, fail, error, warn or skipped; null if never run */
                  status: string | null;
                  message: string | null;
                  failures: number | null;
                  run_at: string | null;
                }[];
                /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
                custom_properties: {
                  [key: string]: unknown;
                };
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Create a hand-made database (no integration) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            definition?: string;
            owners?: string[];
            native_type?: string | null;
            url?: string | null;
            pii?: boolean;
            verified?: boolean;
            published?: boolean;
            tags?: string[];
            collections?: string[];
            teams?: string[];
            title: string;
            parent?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/database/databases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a database */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a database and everything below it */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a database */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      /** @description Absent fields are kept. description/definition/owners become user values that syncs respect (import policy); title and native_type can only be edited on hand-made resources; tags/collections/teams replace the lists. */
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            definition?: string;
            owners?: string[];
            native_type?: string | null;
            url?: string | null;
            pii?: boolean;
            verified?: boolean;
            published?: boolean;
            tags?: string[];
            collections?: string[];
            teams?: string[];
            title?: string;
            archived?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/database/schemas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List schemas (filters: integration_id, parent_id, title, and their __in lists) */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
          integration_id?: string;
          parent_id?: string;
          /** @description Exact title. */
          title?: string;
          integration_id__in?: string[];
          parent_id__in?: string[];
          title__in?: string[];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                created_at: string;
                updated_at: string;
                entity_type: string;
                native_type: string | null;
                title: string;
                /** @description Dotted full name, e.g. "db.schema.table". */
                title_full: string;
                description: string;
                /** @description Long documentation (markdown or HTML). */
                definition: string;
                /** @description Owner emails. */
                owners: string[];
                owners_groups: string[];
                /** @description Ids of the collections holding the resource. */
                collections: string[];
                /** @description Tag ids. */
                tags: string[];
                workspace_id: string;
                published: boolean;
                archived: boolean;
                archived_at: string | null;
                pii: boolean;
                verified: boolean;
                url: string | null;
                /** @description Id of the parent resource. */
                parent: string | null;
                /** @description Live (not stale) children. */
                children_count: number;
                /** @description Id of the integration; null for hand-made resources. */
                integration: string | null;
                databuilder_id: string | null;
                sources: string[];
                /** @description Team ids. */
                teams: string[];
                external_updated_at: string | null;
                external_usage: number;
                internal_usage: number;
                total_usage: number;
                /** @description Absent from its integration’s last sync; kept in the archive view. */
                stale: boolean;
                stale_at: string | null;
                row_count: number | null;
                byte_size: number | null;
                /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
                tests: {
                  name: string;
                  /** @description pass, fail, error, warn or skipped; null if never run */
                  status: string | null;
                  message: string | null;
                  failures: number | null;
                  run_at: string | null;
                }[];
                /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
                custom_properties: {
                  [key: string]: unknown;
                };
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Create a hand-made schema (no integration) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            definition?: string;
            owners?: string[];
            native_type?: string | null;
            url?: string | null;
            pii?: boolean;
            verified?: boolean;
            published?: boolean;
            tags?: string[];
            collections?: string[];
            teams?: string[];
            title: string;
            parent?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/database/schemas/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a schema */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a schema and everything below it */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a schema */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      /** @description Absent fields are kept. description/definition/owners become user values that syncs respect (import policy); title and native_type can only be edited on hand-made resources; tags/collections/teams replace the lists. */
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            definition?: string;
            owners?: string[];
            native_type?: string | null;
            url?: string | null;
            pii?: boolean;
            verified?: boolean;
            published?: boolean;
            tags?: string[];
            collections?: string[];
            teams?: string[];
            title?: string;
            archived?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/table/tables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List tables (filters: integration_id, parent_id, title, and their __in lists) */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
          integration_id?: string;
          parent_id?: string;
          /** @description Exact title. */
          title?: string;
          integration_id__in?: string[];
          parent_id__in?: string[];
          title__in?: string[];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                created_at: string;
                updated_at: string;
                entity_type: string;
                native_type: string | null;
                title: string;
                /** @description Dotted full name, e.g. "db.schema.table". */
                title_full: string;
                description: string;
                /** @description Long documentation (markdown or HTML). */
                definition: string;
                /** @description Owner emails. */
                owners: string[];
                owners_groups: string[];
                /** @description Ids of the collections holding the resource. */
                collections: string[];
                /** @description Tag ids. */
                tags: string[];
                workspace_id: string;
                published: boolean;
                archived: boolean;
                archived_at: string | null;
                pii: boolean;
                verified: boolean;
                url: string | null;
                /** @description Id of the parent resource. */
                parent: string | null;
                /** @description Live (not stale) children. */
                children_count: number;
                /** @description Id of the integration; null for hand-made resources. */
                integration: string | null;
                databuilder_id: string | null;
                sources: string[];
                /** @description Team ids. */
                teams: string[];
                external_updated_at: string | null;
                external_usage: number;
                internal_usage: number;
                total_usage: number;
                /** @description Absent from its integration’s last sync; kept in the archive view. */
                stale: boolean;
                stale_at: string | null;
                row_count: number | null;
                byte_size: number | null;
                /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
                tests: {
                  name: string;
                  /** @description pass, fail, error, warn or skipped; null if never run */
                  status: string | null;
                  message: string | null;
                  failures: number | null;
                  run_at: string | null;
                }[];
                /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
                custom_properties: {
                  [key: string]: unknown;
                };
                /** @description Schema name. */
                schema: string | null;
                /** @description Database name. */
                database: string | null;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Create a hand-made table (no integration) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description schema/database default to the parent schema’s names. */
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            definition?: string;
            owners?: string[];
            native_type?: string | null;
            url?: string | null;
            pii?: boolean;
            verified?: boolean;
            published?: boolean;
            tags?: string[];
            collections?: string[];
            teams?: string[];
            title: string;
            parent?: string | null;
            schema?: string | null;
            database?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              /** @description Schema name. */
              schema: string | null;
              /** @description Database name. */
              database: string | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/table/tables/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a table */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              /** @description Schema name. */
              schema: string | null;
              /** @description Database name. */
              database: string | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a table and everything below it */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a table */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      /** @description Absent fields are kept. description/definition/owners become user values that syncs respect (import policy); title and native_type can only be edited on hand-made resources; tags/collections/teams replace the lists. */
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            definition?: string;
            owners?: string[];
            native_type?: string | null;
            url?: string | null;
            pii?: boolean;
            verified?: boolean;
            published?: boolean;
            tags?: string[];
            collections?: string[];
            teams?: string[];
            title?: string;
            archived?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              /** @description Schema name. */
              schema: string | null;
              /** @description Database name. */
              database: string | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/table/columns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List columns (filters: integration_id, parent_id, title, and their __in lists) */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
          integration_id?: string;
          parent_id?: string;
          /** @description Exact title. */
          title?: string;
          integration_id__in?: string[];
          parent_id__in?: string[];
          title__in?: string[];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                created_at: string;
                updated_at: string;
                entity_type: string;
                native_type: string | null;
                title: string;
                /** @description Dotted full name, e.g. "db.schema.table". */
                title_full: string;
                description: string;
                /** @description Long documentation (markdown or HTML). */
                definition: string;
                /** @description Owner emails. */
                owners: string[];
                owners_groups: string[];
                /** @description Ids of the collections holding the resource. */
                collections: string[];
                /** @description Tag ids. */
                tags: string[];
                workspace_id: string;
                published: boolean;
                archived: boolean;
                archived_at: string | null;
                pii: boolean;
                verified: boolean;
                url: string | null;
                /** @description Id of the parent resource. */
                parent: string | null;
                /** @description Live (not stale) children. */
                children_count: number;
                /** @description Id of the integration; null for hand-made resources. */
                integration: string | null;
                databuilder_id: string | null;
                sources: string[];
                /** @description Team ids. */
                teams: string[];
                external_updated_at: string | null;
                external_usage: number;
                internal_usage: number;
                total_usage: number;
                /** @description Absent from its integration’s last sync; kept in the archive view. */
                stale: boolean;
                stale_at: string | null;
                row_count: number | null;
                byte_size: number | null;
                /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
                tests: {
                  name: string;
                  /** @description pass, fail, error, warn or skipped; null if never run */
                  status: string | null;
                  message: string | null;
                  failures: number | null;
                  run_at: string | null;
                }[];
                /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
                custom_properties: {
                  [key: string]: unknown;
                };
                /** @description Data type text. */
                type: string | null;
                sort_order: number | null;
                is_pk: boolean;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Create a hand-made column (no integration) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            definition?: string;
            owners?: string[];
            native_type?: string | null;
            url?: string | null;
            pii?: boolean;
            verified?: boolean;
            published?: boolean;
            tags?: string[];
            collections?: string[];
            teams?: string[];
            title: string;
            parent?: string | null;
            type?: string | null;
            sort_order?: number | null;
            is_pk?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              /** @description Data type text. */
              type: string | null;
              sort_order: number | null;
              is_pk: boolean;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/table/columns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a column */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              /** @description Data type text. */
              type: string | null;
              sort_order: number | null;
              is_pk: boolean;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a column and everything below it */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a column */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      /** @description Absent fields are kept. description/definition/owners become user values that syncs respect (import policy); title and native_type can only be edited on hand-made resources; tags/collections/teams replace the lists. */
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            definition?: string;
            owners?: string[];
            native_type?: string | null;
            url?: string | null;
            pii?: boolean;
            verified?: boolean;
            published?: boolean;
            tags?: string[];
            collections?: string[];
            teams?: string[];
            title?: string;
            archived?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              /** @description Data type text. */
              type: string | null;
              sort_order: number | null;
              is_pk: boolean;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/dashboard/dashboards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List dashboards (filters: integration_id, parent_id, title, and their __in lists) */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
          integration_id?: string;
          parent_id?: string;
          /** @description Exact title. */
          title?: string;
          integration_id__in?: string[];
          parent_id__in?: string[];
          title__in?: string[];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                created_at: string;
                updated_at: string;
                entity_type: string;
                native_type: string | null;
                title: string;
                /** @description Dotted full name, e.g. "db.schema.table". */
                title_full: string;
                description: string;
                /** @description Long documentation (markdown or HTML). */
                definition: string;
                /** @description Owner emails. */
                owners: string[];
                owners_groups: string[];
                /** @description Ids of the collections holding the resource. */
                collections: string[];
                /** @description Tag ids. */
                tags: string[];
                workspace_id: string;
                published: boolean;
                archived: boolean;
                archived_at: string | null;
                pii: boolean;
                verified: boolean;
                url: string | null;
                /** @description Id of the parent resource. */
                parent: string | null;
                /** @description Live (not stale) children. */
                children_count: number;
                /** @description Id of the integration; null for hand-made resources. */
                integration: string | null;
                databuilder_id: string | null;
                sources: string[];
                /** @description Team ids. */
                teams: string[];
                external_updated_at: string | null;
                external_usage: number;
                internal_usage: number;
                total_usage: number;
                /** @description Absent from its integration’s last sync; kept in the archive view. */
                stale: boolean;
                stale_at: string | null;
                row_count: number | null;
                byte_size: number | null;
                /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
                tests: {
                  name: string;
                  /** @description pass, fail, error, warn or skipped; null if never run */
                  status: string | null;
                  message: string | null;
                  failures: number | null;
                  run_at: string | null;
                }[];
                /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
                custom_properties: {
                  [key: string]: unknown;
                };
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Create a hand-made dashboard (no integration) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            definition?: string;
            owners?: string[];
            native_type?: string | null;
            url?: string | null;
            pii?: boolean;
            verified?: boolean;
            published?: boolean;
            tags?: string[];
            collections?: string[];
            teams?: string[];
            title: string;
            parent?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/dashboards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a dashboard */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a dashboard and everything below it */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a dashboard */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      /** @description Absent fields are kept. description/definition/owners become user values that syncs respect (import policy); title and native_type can only be edited on hand-made resources; tags/collections/teams replace the lists. */
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            definition?: string;
            owners?: string[];
            native_type?: string | null;
            url?: string | null;
            pii?: boolean;
            verified?: boolean;
            published?: boolean;
            tags?: string[];
            collections?: string[];
            teams?: string[];
            title?: string;
            archived?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/dashboard/charts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List charts (filters: integration_id, parent_id, title, and their __in lists) */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
          integration_id?: string;
          parent_id?: string;
          /** @description Exact title. */
          title?: string;
          integration_id__in?: string[];
          parent_id__in?: string[];
          title__in?: string[];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                created_at: string;
                updated_at: string;
                entity_type: string;
                native_type: string | null;
                title: string;
                /** @description Dotted full name, e.g. "db.schema.table". */
                title_full: string;
                description: string;
                /** @description Long documentation (markdown or HTML). */
                definition: string;
                /** @description Owner emails. */
                owners: string[];
                owners_groups: string[];
                /** @description Ids of the collections holding the resource. */
                collections: string[];
                /** @description Tag ids. */
                tags: string[];
                workspace_id: string;
                published: boolean;
                archived: boolean;
                archived_at: string | null;
                pii: boolean;
                verified: boolean;
                url: string | null;
                /** @description Id of the parent resource. */
                parent: string | null;
                /** @description Live (not stale) children. */
                children_count: number;
                /** @description Id of the integration; null for hand-made resources. */
                integration: string | null;
                databuilder_id: string | null;
                sources: string[];
                /** @description Team ids. */
                teams: string[];
                external_updated_at: string | null;
                external_usage: number;
                internal_usage: number;
                total_usage: number;
                /** @description Absent from its integration’s last sync; kept in the archive view. */
                stale: boolean;
                stale_at: string | null;
                row_count: number | null;
                byte_size: number | null;
                /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
                tests: {
                  name: string;
                  /** @description pass, fail, error, warn or skipped; null if never run */
                  status: string | null;
                  message: string | null;
                  failures: number | null;
                  run_at: string | null;
                }[];
                /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
                custom_properties: {
                  [key: string]: unknown;
                };
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Create a hand-made chart (no integration) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            definition?: string;
            owners?: string[];
            native_type?: string | null;
            url?: string | null;
            pii?: boolean;
            verified?: boolean;
            published?: boolean;
            tags?: string[];
            collections?: string[];
            teams?: string[];
            title: string;
            parent?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/charts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a chart */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a chart and everything below it */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a chart */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      /** @description Absent fields are kept. description/definition/owners become user values that syncs respect (import policy); title and native_type can only be edited on hand-made resources; tags/collections/teams replace the lists. */
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            definition?: string;
            owners?: string[];
            native_type?: string | null;
            url?: string | null;
            pii?: boolean;
            verified?: boolean;
            published?: boolean;
            tags?: string[];
            collections?: string[];
            teams?: string[];
            title?: string;
            archived?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description Owner emails. */
              owners: string[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/lineage/manual': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List lineage edges (each in the direction that matches the filters) */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
          /** @description Comma-separated resource ids. */
          from_entity__in?: string[];
          /** @description Comma-separated resource ids. */
          to_entity__in?: string[];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                /** @description The edge id; both directions of one edge share it. */
                id: string;
                created_at: string;
                updated_at: string;
                from_entity: string;
                to_entity: string;
                /** @description DOWNSTREAM: data flows from_entity → to_entity. UPSTREAM: data flows to_entity → from_entity. */
                direction: 'UPSTREAM' | 'DOWNSTREAM';
                is_manual: boolean;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Create manual lineage (the opposite direction is answered automatically) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description One edge is stored; the opposite direction is answered from it (A→B DOWNSTREAM is also B→A UPSTREAM). */
      requestBody: {
        content: {
          'application/json': {
            from_entity: string;
            to_entity: string;
            direction: 'UPSTREAM' | 'DOWNSTREAM';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The edge id; both directions of one edge share it. */
              id: string;
              created_at: string;
              updated_at: string;
              from_entity: string;
              to_entity: string;
              /** @description DOWNSTREAM: data flows from_entity → to_entity. UPSTREAM: data flows to_entity → from_entity. */
              direction: 'UPSTREAM' | 'DOWNSTREAM';
              is_manual: boolean;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/lineage/manual/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a lineage edge */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The edge id; both directions of one edge share it. */
              id: string;
              created_at: string;
              updated_at: string;
              from_entity: string;
              to_entity: string;
              /** @description DOWNSTREAM: data flows from_entity → to_entity. UPSTREAM: data flows to_entity → from_entity. */
              direction: 'UPSTREAM' | 'DOWNSTREAM';
              is_manual: boolean;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete manual lineage (both directions); other edges answer 403 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/lineage/lineage_from_query': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Preview the lineage of a SQL query resolved against the catalog (writes nothing) */
    get: {
      parameters: {
        query: {
          /** @description The SQL (one statement or a script). */
          sql: string;
          /** @description postgresql, bigquery, snowflake, mysql, redshift, tsql, databricks, sparksql, hive, trino, … */
          dialect: string;
          table_id?: string;
          default_database?: string;
          default_schema?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sql: string;
              source_tables: {
                id: string;
                created_at: string;
                updated_at: string;
                title: string;
                schema_name: string | null;
                database_name: string | null;
                native_type: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
              }[];
              column_lineages: {
                from_column: {
                  id: string;
                  created_at: string;
                  updated_at: string;
                  title: string;
                  schema_name: string | null;
                  database_name: string | null;
                  native_type: string | null;
                  integration_id: string | null;
                  integration_title: string | null;
                  integration_type: string | null;
                  entity_type: string;
                  type: string | null;
                  /** @description Sextant extension: the table holding the column. */
                  parent_id: string | null;
                };
                to_column: {
                  id: string;
                  created_at: string;
                  updated_at: string;
                  title: string;
                  schema_name: string | null;
                  database_name: string | null;
                  native_type: string | null;
                  integration_id: string | null;
                  integration_title: string | null;
                  integration_type: string | null;
                  entity_type: string;
                  type: string | null;
                  /** @description Sextant extension: the table holding the column. */
                  parent_id: string | null;
                };
                /** @description Sextant extension: direct or indirect. */
                kind: string;
              }[];
              target_table: {
                id: string;
                created_at: string;
                updated_at: string;
                title: string;
                schema_name: string | null;
                database_name: string | null;
                native_type: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
              } | null;
              /** @description Sextant extension: names that matched no live resource, or several. */
              unresolved: {
                kind: string;
                name: string;
                /** @description not_found or ambiguous */
                reason: string;
                matches: number;
              }[];
              diagnostics: {
                severity: string;
                code: string;
                message: string;
                line: number;
                column: number;
              }[];
              edges_created: number;
              edges_deleted: number;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Record the lineage of a SQL query */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The SQL (one statement or a script). */
            sql: string;
            /** @description postgresql, bigquery, snowflake, mysql, redshift, tsql, databricks, sparksql, hive, trino, … */
            dialect: string;
            table_id?: string;
            default_database?: string;
            default_schema?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sql: string;
              source_tables: {
                id: string;
                created_at: string;
                updated_at: string;
                title: string;
                schema_name: string | null;
                database_name: string | null;
                native_type: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
              }[];
              column_lineages: {
                from_column: {
                  id: string;
                  created_at: string;
                  updated_at: string;
                  title: string;
                  schema_name: string | null;
                  database_name: string | null;
                  native_type: string | null;
                  integration_id: string | null;
                  integration_title: string | null;
                  integration_type: string | null;
                  entity_type: string;
                  type: string | null;
                  /** @description Sextant extension: the table holding the column. */
                  parent_id: string | null;
                };
                to_column: {
                  id: string;
                  created_at: string;
                  updated_at: string;
                  title: string;
                  schema_name: string | null;
                  database_name: string | null;
                  native_type: string | null;
                  integration_id: string | null;
                  integration_title: string | null;
                  integration_type: string | null;
                  entity_type: string;
                  type: string | null;
                  /** @description Sextant extension: the table holding the column. */
                  parent_id: string | null;
                };
                /** @description Sextant extension: direct or indirect. */
                kind: string;
              }[];
              target_table: {
                id: string;
                created_at: string;
                updated_at: string;
                title: string;
                schema_name: string | null;
                database_name: string | null;
                native_type: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
              } | null;
              /** @description Sextant extension: names that matched no live resource, or several. */
              unresolved: {
                kind: string;
                name: string;
                /** @description not_found or ambiguous */
                reason: string;
                matches: number;
              }[];
              diagnostics: {
                severity: string;
                code: string;
                message: string;
                line: number;
                column: number;
              }[];
              edges_created: number;
              edges_deleted: number;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sql: string;
              source_tables: {
                id: string;
                created_at: string;
                updated_at: string;
                title: string;
                schema_name: string | null;
                database_name: string | null;
                native_type: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
              }[];
              column_lineages: {
                from_column: {
                  id: string;
                  created_at: string;
                  updated_at: string;
                  title: string;
                  schema_name: string | null;
                  database_name: string | null;
                  native_type: string | null;
                  integration_id: string | null;
                  integration_title: string | null;
                  integration_type: string | null;
                  entity_type: string;
                  type: string | null;
                  /** @description Sextant extension: the table holding the column. */
                  parent_id: string | null;
                };
                to_column: {
                  id: string;
                  created_at: string;
                  updated_at: string;
                  title: string;
                  schema_name: string | null;
                  database_name: string | null;
                  native_type: string | null;
                  integration_id: string | null;
                  integration_title: string | null;
                  integration_type: string | null;
                  entity_type: string;
                  type: string | null;
                  /** @description Sextant extension: the table holding the column. */
                  parent_id: string | null;
                };
                /** @description Sextant extension: direct or indirect. */
                kind: string;
              }[];
              target_table: {
                id: string;
                created_at: string;
                updated_at: string;
                title: string;
                schema_name: string | null;
                database_name: string | null;
                native_type: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
              } | null;
              /** @description Sextant extension: names that matched no live resource, or several. */
              unresolved: {
                kind: string;
                name: string;
                /** @description not_found or ambiguous */
                reason: string;
                matches: number;
              }[];
              diagnostics: {
                severity: string;
                code: string;
                message: string;
                line: number;
                column: number;
              }[];
              edges_created: number;
              edges_deleted: number;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    /** Record the lineage of a SQL query, replacing the target's non-manual upstream lineage */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The SQL (one statement or a script). */
            sql: string;
            /** @description postgresql, bigquery, snowflake, mysql, redshift, tsql, databricks, sparksql, hive, trino, … */
            dialect: string;
            table_id?: string;
            default_database?: string;
            default_schema?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sql: string;
              source_tables: {
                id: string;
                created_at: string;
                updated_at: string;
                title: string;
                schema_name: string | null;
                database_name: string | null;
                native_type: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
              }[];
              column_lineages: {
                from_column: {
                  id: string;
                  created_at: string;
                  updated_at: string;
                  title: string;
                  schema_name: string | null;
                  database_name: string | null;
                  native_type: string | null;
                  integration_id: string | null;
                  integration_title: string | null;
                  integration_type: string | null;
                  entity_type: string;
                  type: string | null;
                  /** @description Sextant extension: the table holding the column. */
                  parent_id: string | null;
                };
                to_column: {
                  id: string;
                  created_at: string;
                  updated_at: string;
                  title: string;
                  schema_name: string | null;
                  database_name: string | null;
                  native_type: string | null;
                  integration_id: string | null;
                  integration_title: string | null;
                  integration_type: string | null;
                  entity_type: string;
                  type: string | null;
                  /** @description Sextant extension: the table holding the column. */
                  parent_id: string | null;
                };
                /** @description Sextant extension: direct or indirect. */
                kind: string;
              }[];
              target_table: {
                id: string;
                created_at: string;
                updated_at: string;
                title: string;
                schema_name: string | null;
                database_name: string | null;
                native_type: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
              } | null;
              /** @description Sextant extension: names that matched no live resource, or several. */
              unresolved: {
                kind: string;
                name: string;
                /** @description not_found or ambiguous */
                reason: string;
                matches: number;
              }[];
              diagnostics: {
                severity: string;
                code: string;
                message: string;
                line: number;
                column: number;
              }[];
              edges_created: number;
              edges_deleted: number;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sql: string;
              source_tables: {
                id: string;
                created_at: string;
                updated_at: string;
                title: string;
                schema_name: string | null;
                database_name: string | null;
                native_type: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
              }[];
              column_lineages: {
                from_column: {
                  id: string;
                  created_at: string;
                  updated_at: string;
                  title: string;
                  schema_name: string | null;
                  database_name: string | null;
                  native_type: string | null;
                  integration_id: string | null;
                  integration_title: string | null;
                  integration_type: string | null;
                  entity_type: string;
                  type: string | null;
                  /** @description Sextant extension: the table holding the column. */
                  parent_id: string | null;
                };
                to_column: {
                  id: string;
                  created_at: string;
                  updated_at: string;
                  title: string;
                  schema_name: string | null;
                  database_name: string | null;
                  native_type: string | null;
                  integration_id: string | null;
                  integration_title: string | null;
                  integration_type: string | null;
                  entity_type: string;
                  type: string | null;
                  /** @description Sextant extension: the table holding the column. */
                  parent_id: string | null;
                };
                /** @description Sextant extension: direct or indirect. */
                kind: string;
              }[];
              target_table: {
                id: string;
                created_at: string;
                updated_at: string;
                title: string;
                schema_name: string | null;
                database_name: string | null;
                native_type: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
              } | null;
              /** @description Sextant extension: names that matched no live resource, or several. */
              unresolved: {
                kind: string;
                name: string;
                /** @description not_found or ambiguous */
                reason: string;
                matches: number;
              }[];
              diagnostics: {
                severity: string;
                code: string;
                message: string;
                line: number;
                column: number;
              }[];
              edges_created: number;
              edges_deleted: number;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/lineage/graph': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sextant extension: the lineage graph around a resource, with hidden-neighbour counts */
    get: {
      parameters: {
        query: {
          resource_id: string;
          direction?: 'upstream' | 'downstream' | 'both';
          /** @description Edges to follow (≤ 20). */
          depth?: number;
          level?: 'table' | 'column';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              root: string;
              level: string;
              /** @description True when the node limit (5,000) cut the walk short. */
              truncated: boolean;
              nodes: {
                id: string;
                title: string;
                title_full: string;
                entity_type: string;
                native_type: string | null;
                parent_id: string | null;
                schema_name: string | null;
                database_name: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
                /** @description Edges between the node and the root. */
                distance: number;
                /** @description root, upstream or downstream */
                side: string;
                /** @description Upstream neighbours not in this answer. */
                hidden_upstream: number;
                /** @description Downstream neighbours not in this answer. */
                hidden_downstream: number;
              }[];
              edges: {
                from: string;
                to: string;
                /** @description direct, indirect, or null for resource-level edges */
                kind: string | null;
                is_manual: boolean;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/lineage/impact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sextant extension: every downstream asset with its distance (JSON or CSV) */
    get: {
      parameters: {
        query: {
          resource_id: string;
          entity_type?: string;
          integration_id?: string;
          /** @description Edges to follow (≤ 20). */
          depth?: number;
          format?: 'json' | 'csv';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              root: {
                id: string;
                title: string;
                title_full: string;
                entity_type: string;
                native_type: string | null;
                parent_id: string | null;
                schema_name: string | null;
                database_name: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
                /** @description Edges between the node and the root. */
                distance: number;
              };
              /** @description column when the root is a column, else table */
              level: string;
              truncated: boolean;
              count: number;
              results: {
                id: string;
                title: string;
                title_full: string;
                entity_type: string;
                native_type: string | null;
                parent_id: string | null;
                schema_name: string | null;
                database_name: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
                /** @description Edges between the node and the root. */
                distance: number;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tag': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List tags by name */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
          /** @description Exact name. */
          name?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                created_at: string;
                updated_at: string;
                workspace_id: string;
                name: string;
                description: string;
                /** @description A CSS colour, e.g. "#4f46e5". */
                color: string | null;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Create a tag (409 when the name exists) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            description?: string;
            color?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              workspace_id: string;
              name: string;
              description: string;
              /** @description A CSS colour, e.g. "#4f46e5". */
              color: string | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tag/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a tag */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              workspace_id: string;
              name: string;
              description: string;
              /** @description A CSS colour, e.g. "#4f46e5". */
              color: string | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a tag (untags its resources) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a tag */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            description?: string;
            color?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              workspace_id: string;
              name: string;
              description: string;
              /** @description A CSS colour, e.g. "#4f46e5". */
              color: string | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/resource/all_v2/custom_properties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List custom properties by name */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                created_at: string;
                updated_at: string;
                workspace_id: string;
                /** @description Unique in the workspace; the key the value shows under on resources. */
                name: string;
                description: string;
                /** @description "text", "number" or "boolean". */
                value_type: string;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Define a custom property (409 when the name exists) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            description?: string;
            value_type?: 'text' | 'number' | 'boolean';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              workspace_id: string;
              /** @description Unique in the workspace; the key the value shows under on resources. */
              name: string;
              description: string;
              /** @description "text", "number" or "boolean". */
              value_type: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resource/all_v2/custom_properties/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a custom property */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              workspace_id: string;
              /** @description Unique in the workspace; the key the value shows under on resources. */
              name: string;
              description: string;
              /** @description "text", "number" or "boolean". */
              value_type: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a custom property and its values */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Rename or redescribe a custom property */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            description?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              workspace_id: string;
              /** @description Unique in the workspace; the key the value shows under on resources. */
              name: string;
              description: string;
              /** @description "text", "number" or "boolean". */
              value_type: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a custom property’s value on a resource (null removes it) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          property_id: string;
          entity_id: string;
        };
        cookie?: never;
      };
      /** @description The value, of the property’s type; null removes it. */
      requestBody: {
        content: {
          'application/json': {
            value: (string | number | boolean) | (never | null);
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              property_id: string;
              entity_id: string;
              name: string;
              value: (string | number | boolean) | (never | null);
              updated_at: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collection/collections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List collections, newest first */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                created_at: string;
                updated_at: string;
                workspace_id: string;
                title: string;
                description: string;
                icon: string | null;
                /** @description Id of the user who created it. */
                created_by: string | null;
                /** @description Ids of the resources in the collection. */
                resources: string[];
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Create a collection */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            description?: string;
            icon?: string | null;
            resources?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              workspace_id: string;
              title: string;
              description: string;
              icon: string | null;
              /** @description Id of the user who created it. */
              created_by: string | null;
              /** @description Ids of the resources in the collection. */
              resources: string[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collection/collections/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a collection */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              workspace_id: string;
              title: string;
              description: string;
              icon: string | null;
              /** @description Id of the user who created it. */
              created_by: string | null;
              /** @description Ids of the resources in the collection. */
              resources: string[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a collection (its resources stay) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a collection or its members */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      /** @description `resources` replaces the members; `add_resources`/`remove_resources` adjust them. */
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            description?: string;
            icon?: string | null;
            resources?: string[];
            add_resources?: string[];
            remove_resources?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              created_at: string;
              updated_at: string;
              workspace_id: string;
              title: string;
              description: string;
              icon: string | null;
              /** @description Id of the user who created it. */
              created_by: string | null;
              /** @description Ids of the resources in the collection. */
              resources: string[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/activity_log/audit_logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List audit entries, newest first (filters: entity_id, actor, entity_type, action) */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
          entity_id?: string;
          /** @description User id. */
          actor?: string;
          entity_type?: string;
          action?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                created_at: string;
                workspace_id: string;
                /** @description Id of the user who acted. */
                actor: string | null;
                /** @description Id of the API key used, if any (null: browser session). */
                actor_api_key: string | null;
                /** @description "create", "update", "delete", or a domain verb ("set_custom_property" ...). */
                action: string;
                /** @description "resource", "tag", "collection", "custom_property", ... */
                entity_type: string;
                entity_id: string | null;
                /** @description The object before the change (null for creations). */
                before: unknown;
                /** @description The object after the change (null for deletions). */
                after: unknown;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/dbt/{id}/upload_artifacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload dbt artifacts (multipart manifest, run_results, optional catalog; gzip accepted) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              integration_id: string;
              artifacts: {
                kind: string;
                file_name: string;
                schema_version: string;
                dbt_version: string | null;
                /** @description decompressed size in bytes */
                byte_size: number;
                warnings: string[];
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/dbt/{id}/trigger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run the dbt sync from the last uploaded artifacts; answers the sync record */
    post: {
      parameters: {
        query?: {
          /** @description compute counts and warnings, then roll back */
          dry_run?: boolean;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              integration_id: string;
              status: 'running' | 'succeeded' | 'failed';
              dry_run: boolean;
              /** @description jsonl, csv, sdk, dbt, connector */
              source: string;
              started_at: string;
              finished_at: string | null;
              counts: {
                created: number;
                updated: number;
                unchanged: number;
                staled: number;
                revived: number;
                lineage_resolved: number;
                lineage_pending: number;
                lineage_rejected: number;
              };
              warnings: {
                file?: string;
                line?: number;
                field?: string;
                message: string;
              }[];
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              } | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/dbt/{id}/failing_tests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Resources whose latest dbt test results include a warn (warning) or a fail/error (failing) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description resources whose latest dbt test results include a warn */
              warning: string[];
              /** @description resources whose latest dbt test results include a fail or error */
              failing: string[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/integrations/{id}/import_metadata': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a metadata CSV (multipart `file`) as one sync; answers the sync record */
    post: {
      parameters: {
        query?: {
          /** @description compute counts and warnings, then roll everything back */
          dry_run?: boolean;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              integration_id: string;
              status: 'running' | 'succeeded' | 'failed';
              dry_run: boolean;
              /** @description jsonl, csv, sdk, dbt, connector */
              source: string;
              started_at: string;
              finished_at: string | null;
              counts: {
                created: number;
                updated: number;
                unchanged: number;
                staled: number;
                revived: number;
                lineage_resolved: number;
                lineage_pending: number;
                lineage_rejected: number;
              };
              warnings: {
                file?: string;
                line?: number;
                field?: string;
                message: string;
              }[];
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              } | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/integrations/{id}/import_jsonl_metadata': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import JSONL `resources_file` (+ optional `lineages_file`) as one sync; answers the sync record */
    post: {
      parameters: {
        query?: {
          /** @description compute counts and warnings, then roll everything back */
          dry_run?: boolean;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              integration_id: string;
              status: 'running' | 'succeeded' | 'failed';
              dry_run: boolean;
              /** @description jsonl, csv, sdk, dbt, connector */
              source: string;
              started_at: string;
              finished_at: string | null;
              counts: {
                created: number;
                updated: number;
                unchanged: number;
                staled: number;
                revived: number;
                lineage_resolved: number;
                lineage_pending: number;
                lineage_rejected: number;
              };
              warnings: {
                file?: string;
                line?: number;
                field?: string;
                message: string;
              }[];
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              } | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/integrations/{id}/syncs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An integration's syncs, newest first */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                integration_id: string;
                status: 'running' | 'succeeded' | 'failed';
                dry_run: boolean;
                /** @description jsonl, csv, sdk, dbt, connector */
                source: string;
                started_at: string;
                finished_at: string | null;
                counts: {
                  created: number;
                  updated: number;
                  unchanged: number;
                  staled: number;
                  revived: number;
                  lineage_resolved: number;
                  lineage_pending: number;
                  lineage_rejected: number;
                };
                warnings: {
                  file?: string;
                  line?: number;
                  field?: string;
                  message: string;
                }[];
                error: {
                  code: string;
                  message: string;
                  details: {
                    [key: string]: unknown;
                  };
                } | null;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/integrations/{id}/syncs/{sync_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One sync: status, times, counts, warnings and error */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          sync_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              integration_id: string;
              status: 'running' | 'succeeded' | 'failed';
              dry_run: boolean;
              /** @description jsonl, csv, sdk, dbt, connector */
              source: string;
              started_at: string;
              finished_at: string | null;
              counts: {
                created: number;
                updated: number;
                unchanged: number;
                staled: number;
                revived: number;
                lineage_resolved: number;
                lineage_pending: number;
                lineage_rejected: number;
              };
              warnings: {
                file?: string;
                line?: number;
                field?: string;
                message: string;
              }[];
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              } | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/integrations/{id}/syncs/{sync_id}/logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A run's log lines and http call log, oldest first */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
        };
        header?: never;
        path: {
          id: string;
          sync_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                seq: number;
                at: string;
                /** @description log, http or run */
                kind: string;
                level: string;
                message: string;
                /** @description the whole entry (an http call: method, url without secrets, status, durationMs …) */
                data: {
                  [key: string]: unknown;
                };
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/integrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's own marketplace integrations (drafts included) */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                /** @description the publishing workspace */
                workspace_id: string;
                name: string;
                description: string;
                category: string;
                /** @description a URL, an emoji, or a data: URL of an uploaded image */
                icon: string | null;
                /** @description newest version you can see (all in the owner workspace, approved ones elsewhere) */
                latest_version: number;
                /** @description newest approved version */
                approved_version: number | null;
                /** @description the integration type to connect it with: marketplace:<id> */
                type: string;
                /** Format: date-time */
                created_at: string;
                /** Format: date-time */
                updated_at: string;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Upload an integration (multipart: name, description, category, icon, code, credential_fields, allowed_endpoints) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description the marketplace integration id; connect it with type marketplace:<id> */
              id: string;
              version: number;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/integrations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One marketplace integration (own, or approved in another workspace) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description the publishing workspace */
              workspace_id: string;
              name: string;
              description: string;
              category: string;
              /** @description a URL, an emoji, or a data: URL of an uploaded image */
              icon: string | null;
              /** @description newest version you can see (all in the owner workspace, approved ones elsewhere) */
              latest_version: number;
              /** @description newest approved version */
              approved_version: number | null;
              /** @description the integration type to connect it with: marketplace:<id> */
              type: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete your own marketplace integration with all its versions (409 while any connection or install uses it) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/integrations/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Versions of a marketplace integration, newest first (other workspaces: approved ones) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              results: {
                integration_id: string;
                version: number;
                filename: string;
                /** @description SHA-256 of the bundle that runs */
                sha256: string;
                credential_fields: {
                  key: string;
                  label: string;
                  /** @description a secret (every value is stored encrypted and never returned anyway) */
                  sensitive: boolean;
                }[];
                /** @description URL prefixes the code may call */
                allowed_endpoints: string[];
                /** @description draft → submitted → approved | rejected (a rejected version may be submitted again) */
                status: 'draft' | 'submitted' | 'approved' | 'rejected';
                /** Format: date-time */
                created_at: string;
                /** Format: date-time */
                submitted_at: string | null;
                /** Format: date-time */
                reviewed_at: string | null;
                review_note: string | null;
                source_bytes: number;
                bundle_bytes: number;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Upload a new immutable version (multipart: code, optional credential_fields, allowed_endpoints) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description the marketplace integration id; connect it with type marketplace:<id> */
              id: string;
              version: number;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/integrations/{id}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One version with its uploaded source */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          version: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              integration_id: string;
              version: number;
              filename: string;
              /** @description SHA-256 of the bundle that runs */
              sha256: string;
              credential_fields: {
                key: string;
                label: string;
                /** @description a secret (every value is stored encrypted and never returned anyway) */
                sensitive: boolean;
              }[];
              /** @description URL prefixes the code may call */
              allowed_endpoints: string[];
              /** @description draft → submitted → approved | rejected (a rejected version may be submitted again) */
              status: 'draft' | 'submitted' | 'approved' | 'rejected';
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              submitted_at: string | null;
              /** Format: date-time */
              reviewed_at: string | null;
              review_note: string | null;
              source_bytes: number;
              bundle_bytes: number;
              /** @description the uploaded file, as uploaded */
              source: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/integrations/{id}/versions/{version}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a version of your own integration for review */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          version: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              integration_id: string;
              version: number;
              filename: string;
              /** @description SHA-256 of the bundle that runs */
              sha256: string;
              credential_fields: {
                key: string;
                label: string;
                /** @description a secret (every value is stored encrypted and never returned anyway) */
                sensitive: boolean;
              }[];
              /** @description URL prefixes the code may call */
              allowed_endpoints: string[];
              /** @description draft → submitted → approved | rejected (a rejected version may be submitted again) */
              status: 'draft' | 'submitted' | 'approved' | 'rejected';
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              submitted_at: string | null;
              /** Format: date-time */
              reviewed_at: string | null;
              review_note: string | null;
              source_bytes: number;
              bundle_bytes: number;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/integrations/{id}/versions/{version}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a submitted version (reviewers: admins of the first workspace) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          version: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              integration_id: string;
              version: number;
              filename: string;
              /** @description SHA-256 of the bundle that runs */
              sha256: string;
              credential_fields: {
                key: string;
                label: string;
                /** @description a secret (every value is stored encrypted and never returned anyway) */
                sensitive: boolean;
              }[];
              /** @description URL prefixes the code may call */
              allowed_endpoints: string[];
              /** @description draft → submitted → approved | rejected (a rejected version may be submitted again) */
              status: 'draft' | 'submitted' | 'approved' | 'rejected';
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              submitted_at: string | null;
              /** Format: date-time */
              reviewed_at: string | null;
              review_note: string | null;
              source_bytes: number;
              bundle_bytes: number;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/integrations/{id}/versions/{version}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a submitted version with a note (reviewers) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          version: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description why, for the publisher */
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              integration_id: string;
              version: number;
              filename: string;
              /** @description SHA-256 of the bundle that runs */
              sha256: string;
              credential_fields: {
                key: string;
                label: string;
                /** @description a secret (every value is stored encrypted and never returned anyway) */
                sensitive: boolean;
              }[];
              /** @description URL prefixes the code may call */
              allowed_endpoints: string[];
              /** @description draft → submitted → approved | rejected (a rejected version may be submitted again) */
              status: 'draft' | 'submitted' | 'approved' | 'rejected';
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              submitted_at: string | null;
              /** Format: date-time */
              reviewed_at: string | null;
              review_note: string | null;
              source_bytes: number;
              bundle_bytes: number;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Versions waiting for review, on the whole server (reviewers) */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                integration_id: string;
                version: number;
                filename: string;
                /** @description SHA-256 of the bundle that runs */
                sha256: string;
                credential_fields: {
                  key: string;
                  label: string;
                  /** @description a secret (every value is stored encrypted and never returned anyway) */
                  sensitive: boolean;
                }[];
                /** @description URL prefixes the code may call */
                allowed_endpoints: string[];
                /** @description draft → submitted → approved | rejected (a rejected version may be submitted again) */
                status: 'draft' | 'submitted' | 'approved' | 'rejected';
                /** Format: date-time */
                created_at: string;
                /** Format: date-time */
                submitted_at: string | null;
                /** Format: date-time */
                reviewed_at: string | null;
                review_note: string | null;
                source_bytes: number;
                bundle_bytes: number;
                name: string;
                /** @description the publishing workspace */
                workspace_id: string;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/listing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The marketplace: approved integrations every workspace on this server can install */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
          category?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                name: string;
                description: string;
                category: string;
                icon: string | null;
                /** @description marketplace:<id>: POST /api/v1/integration/integrations with it to install */
                type: string;
                /** @description newest approved version (what an install pins by default) */
                version: number;
                sha256: string;
                credential_fields: {
                  key: string;
                  label: string;
                  /** @description a secret (every value is stored encrypted and never returned anyway) */
                  sensitive: boolean;
                }[];
                allowed_endpoints: string[];
                /** Format: date-time */
                approved_at: string | null;
                publisher_workspace_id: string;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/connections/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The marketplace side of a connected integration: pinned version, private hosts, fields */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              integration_id: string;
              marketplace_integration_id: string;
              /** @description the pinned version */
              version: number;
              allow_private_hosts: string[];
              credential_fields: {
                key: string;
                label: string;
                /** @description a secret (every value is stored encrypted and never returned anyway) */
                sensitive: boolean;
              }[];
              allowed_endpoints: string[];
              /** @description the credential keys; every value is "********" */
              credentials: {
                [key: string]: '********';
              };
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Move a connection to another version, set its private hosts, change its credentials */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description move the connection to this version (other workspaces: approved versions only) */
            version?: number;
            /** @description replaces the list of private host[:port] the code may reach */
            allow_private_hosts?: string[];
            /** @description merged into the stored credentials: a value replaces, "********" keeps, null removes */
            credentials?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              integration_id: string;
              marketplace_integration_id: string;
              /** @description the pinned version */
              version: number;
              allow_private_hosts: string[];
              credential_fields: {
                key: string;
                label: string;
                /** @description a secret (every value is stored encrypted and never returned anyway) */
                sensitive: boolean;
              }[];
              allowed_endpoints: string[];
              /** @description the credential keys; every value is "********" */
              credentials: {
                [key: string]: '********';
              };
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/integration/integrations/{id}/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run an integration now (queued; answers the sync id at once)
     * @description Queues a run and answers 202 with its sync id. 409 `sync_in_progress` (with `details.sync_id`) while a run of the integration is queued or running; 422 `integration_not_runnable` for push-based types.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description the run’s sync record (status `running` until it ends); poll .../syncs/{sync_id} */
              sync_id: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api/v2/integration_v2/slack/conversations/list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public and private channels the Slack bot can see ([{id, name}]; 409 without a Slack integration, 422 when Slack refuses the token) */
    get: {
      parameters: {
        query?: {
          /** @description the Slack integration to ask (default: the one in the notification settings, else the oldest) */
          integration_id?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
            }[];
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's notification settings (defaults until first saved) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description the Slack integration that sends (null: the oldest Slack integration) */
              slack_integration_id: string | null;
              /** @description channel of workspace notifications (null: none are sent) */
              channel: string | null;
              /** @description send when a sync fails */
              on_sync_failure: boolean;
              /** @description send when a dbt test starts failing */
              on_dbt_test_failure: boolean;
              /** @description send when a sync stales more than this share of the integration (null: off) */
              stale_threshold: number | null;
              /** Format: date-time */
              updated_at: string | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    /** Replace the notification settings (fields left out take their defaults) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            slack_integration_id?: string | null;
            /** @description Slack channel id (e.g. C0123456789, from conversations/list); a #name also works for public channels */
            channel?: string | null;
            /** @description default true */
            on_sync_failure?: boolean;
            /** @description default true */
            on_dbt_test_failure?: boolean;
            /** @description share in (0, 1], default 0.2; null turns the stale notification off */
            stale_threshold?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description the Slack integration that sends (null: the oldest Slack integration) */
              slack_integration_id: string | null;
              /** @description channel of workspace notifications (null: none are sent) */
              channel: string | null;
              /** @description send when a sync fails */
              on_sync_failure: boolean;
              /** @description send when a dbt test starts failing */
              on_dbt_test_failure: boolean;
              /** @description send when a sync stales more than this share of the integration (null: off) */
              stale_threshold: number | null;
              /** Format: date-time */
              updated_at: string | null;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List subscriptions (optionally of one resource) */
    get: {
      parameters: {
        query?: {
          /** @description 1-based page number */
          page?: number;
          /** @description results per page (≤ 1000) */
          page_size?: number;
          resource_id?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              links: {
                next: string | null;
                previous: string | null;
              };
              meta: {
                page: number;
                previous_page: number | null;
                next_page: number | null;
              };
              count: number;
              total_pages: number;
              results: {
                id: string;
                resource_id: string;
                channel: string;
                created_by: string | null;
                /** Format: date-time */
                created_at: string;
              }[];
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Send a resource's newly failing dbt tests to a channel (409 if already subscribed) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            resource_id: string;
            /** @description Slack channel id (e.g. C0123456789, from conversations/list); a #name also works for public channels */
            channel: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              resource_id: string;
              channel: string;
              created_by: string | null;
              /** Format: date-time */
              created_at: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/subscriptions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One subscription */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              resource_id: string;
              channel: string;
              created_by: string | null;
              /** Format: date-time */
              created_at: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a subscription */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Move a subscription to another channel */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Slack channel id (e.g. C0123456789, from conversations/list); a #name also works for public channels */
            channel: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              resource_id: string;
              channel: string;
              created_by: string | null;
              /** Format: date-time */
              created_at: string;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/demo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Load the demo shop catalog through the sync engine (idempotent; 409 catalog_not_empty when the workspace has its own integrations, unless force) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description load even when the workspace has integrations of its own (default false) */
            force?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              integrations: {
                id: string;
                /** Format: date-time */
                created_at: string;
                /** Format: date-time */
                updated_at: string;
                name: string;
                type: string;
                /** @description the credential keys; every value is "********" (secrets are never returned) */
                credentials: {
                  [key: string]: '********';
                };
                workspace_id: string;
                ssh_tunnel: string | null;
                execute_access: string[];
                /** @description hour of the day, UTC */
                scheduled_extractions_hour: number;
                /** @description days between scheduled runs */
                scheduled_extractions_frequency: number;
                /** Format: date-time */
                scheduled_extractions_next_run: string | null;
                /** Format: date-time */
                scheduled_extractions_last_run: string | null;
                /** @description free, non-secret settings of the integration */
                properties: {
                  [key: string]: unknown;
                };
                preview_access_users: string[];
                preview_access_roles: string[];
                preview_access_groups: string[];
                teams: string[];
                /** @description How source values meet user edits: never import, smart (user edits win; default), always */
                import_policy: 'never' | 'smart' | 'always';
                auto_stale: boolean;
                schedule_enabled: boolean;
              }[];
              syncs: {
                id: string;
                integration_id: string;
                status: 'running' | 'succeeded' | 'failed';
                dry_run: boolean;
                /** @description jsonl, csv, sdk, dbt, connector */
                source: string;
                started_at: string;
                finished_at: string | null;
                counts: {
                  created: number;
                  updated: number;
                  unchanged: number;
                  staled: number;
                  revived: number;
                  lineage_resolved: number;
                  lineage_pending: number;
                  lineage_rejected: number;
                };
                warnings: {
                  file?: string;
                  line?: number;
                  field?: string;
                  message: string;
                }[];
                error: {
                  code: string;
                  message: string;
                  details: {
                    [key: string]: unknown;
                  };
                } | null;
              }[];
              /** @description tags, PII and verified flags this load set (0 on a second load) */
              edits: number;
            };
          };
        };
        /** @description Every error answer has this shape. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description Every error answer has this shape. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
