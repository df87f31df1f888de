// Copyright 2018-2025 contributors to the OpenLineage project
// SPDX-License-Identifier: Apache-2.0
//
// The OpenLineage specification's JSON Schemas (spec 2-0-2 and its facet schemas), from
// OpenLineage/OpenLineage @ 8f02abfb7a252783b95df79f443edb13959bf52c (spec/OpenLineage.json, spec/facets/*.json),
// unchanged but for the JSON-to-TypeScript wrapping. Licensed under the Apache License, Version 2.0
// (https://www.apache.org/licenses/LICENSE-2.0); see NOTICE.md beside this file. No npm package ships them.
// openlineage-schemas.test.ts compares every schema with the copy in ../shared/fixtures/openlineage/spec.

/** Each schema by its path under the spec folder. */
export const OPENLINEAGE_SCHEMAS: Record<string, Record<string, unknown>> = {
  'OpenLineage.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/2-0-2/OpenLineage.json',
    $defs: {
      BaseEvent: {
        type: 'object',
        properties: {
          eventTime: { description: 'the time the event occurred at', type: 'string', format: 'date-time' },
          producer: {
            description:
              'URI identifying the producer of this metadata. For example this could be a git url with a given tag or sha',
            type: 'string',
            format: 'uri',
            example: 'https://github.com/OpenLineage/OpenLineage/blob/v1-0-0/client',
          },
          schemaURL: {
            description:
              'The JSON Pointer (https://tools.ietf.org/html/rfc6901) URL to the corresponding version of the schema definition for this RunEvent',
            type: 'string',
            format: 'uri',
            example: 'https://openlineage.io/spec/0-0-1/OpenLineage.json',
          },
        },
        required: ['eventTime', 'producer', 'schemaURL'],
      },
      RunEvent: {
        allOf: [
          { $ref: '#/$defs/BaseEvent' },
          {
            type: 'object',
            properties: {
              eventType: {
                description:
                  'the current transition of the run state. It is required to issue 1 START event and 1 of [ COMPLETE, ABORT, FAIL ] event per run. Additional events with OTHER eventType can be added to the same run. For example to send additional metadata after the run is complete',
                type: 'string',
                enum: ['START', 'RUNNING', 'COMPLETE', 'ABORT', 'FAIL', 'OTHER'],
                example: 'START|RUNNING|COMPLETE|ABORT|FAIL|OTHER',
              },
              run: { $ref: '#/$defs/Run' },
              job: { $ref: '#/$defs/Job' },
              inputs: {
                description: 'The set of **input** datasets.',
                type: 'array',
                items: { $ref: '#/$defs/InputDataset' },
              },
              outputs: {
                description: 'The set of **output** datasets.',
                type: 'array',
                items: { $ref: '#/$defs/OutputDataset' },
              },
            },
            required: ['run', 'job'],
          },
        ],
      },
      DatasetEvent: {
        allOf: [
          { $ref: '#/$defs/BaseEvent' },
          {
            type: 'object',
            properties: { dataset: { $ref: '#/$defs/StaticDataset' } },
            required: ['dataset'],
            not: { required: ['job', 'run'] },
          },
        ],
      },
      JobEvent: {
        allOf: [
          { $ref: '#/$defs/BaseEvent' },
          {
            type: 'object',
            properties: {
              job: { $ref: '#/$defs/Job' },
              inputs: {
                description: 'The set of **input** datasets.',
                type: 'array',
                items: { $ref: '#/$defs/InputDataset' },
              },
              outputs: {
                description: 'The set of **output** datasets.',
                type: 'array',
                items: { $ref: '#/$defs/OutputDataset' },
              },
            },
            required: ['job'],
            not: { required: ['run'] },
          },
        ],
      },
      Run: {
        type: 'object',
        properties: {
          runId: {
            description: 'The globally unique ID of the run associated with the job.',
            type: 'string',
            format: 'uuid',
          },
          facets: {
            description: 'The run facets.',
            type: 'object',
            anyOf: [{ type: 'object', additionalProperties: { $ref: '#/$defs/RunFacet' } }],
          },
        },
        required: ['runId'],
      },
      RunFacet: { description: 'A Run Facet', type: 'object', allOf: [{ $ref: '#/$defs/BaseFacet' }] },
      Job: {
        type: 'object',
        properties: {
          namespace: {
            description: 'The namespace containing that job',
            type: 'string',
            example: 'my-scheduler-namespace',
          },
          name: {
            description: 'The unique name for that job within that namespace',
            type: 'string',
            example: 'myjob.mytask',
          },
          facets: {
            description: 'The job facets.',
            type: 'object',
            anyOf: [{ type: 'object', additionalProperties: { $ref: '#/$defs/JobFacet' } }],
          },
        },
        required: ['namespace', 'name'],
      },
      JobFacet: {
        description: 'A Job Facet',
        type: 'object',
        allOf: [
          { $ref: '#/$defs/BaseFacet' },
          {
            type: 'object',
            properties: { _deleted: { description: 'set to true to delete a facet', type: 'boolean' } },
          },
        ],
      },
      InputDataset: {
        description: 'An input dataset',
        type: 'object',
        allOf: [
          { $ref: '#/$defs/Dataset' },
          {
            type: 'object',
            properties: {
              inputFacets: {
                description: 'The input facets for this dataset.',
                type: 'object',
                anyOf: [{ type: 'object', additionalProperties: { $ref: '#/$defs/InputDatasetFacet' } }],
              },
            },
          },
        ],
      },
      InputDatasetFacet: {
        description: 'An Input Dataset Facet',
        type: 'object',
        allOf: [{ $ref: '#/$defs/BaseFacet' }],
      },
      OutputDataset: {
        description: 'An output dataset',
        type: 'object',
        allOf: [
          { $ref: '#/$defs/Dataset' },
          {
            type: 'object',
            properties: {
              outputFacets: {
                description: 'The output facets for this dataset',
                type: 'object',
                anyOf: [{ type: 'object', additionalProperties: { $ref: '#/$defs/OutputDatasetFacet' } }],
              },
            },
          },
        ],
      },
      OutputDatasetFacet: {
        description: 'An Output Dataset Facet',
        type: 'object',
        allOf: [{ $ref: '#/$defs/BaseFacet' }],
      },
      Dataset: {
        type: 'object',
        properties: {
          namespace: {
            description: 'The namespace containing that dataset',
            type: 'string',
            example: 'my-datasource-namespace',
          },
          name: {
            description: 'The unique name for that dataset within that namespace',
            type: 'string',
            example: 'instance.schema.table',
          },
          facets: {
            description: 'The facets for this dataset',
            type: 'object',
            anyOf: [{ type: 'object', additionalProperties: { $ref: '#/$defs/DatasetFacet' } }],
          },
        },
        required: ['namespace', 'name'],
      },
      StaticDataset: {
        description: 'A Dataset sent within static metadata events',
        type: 'object',
        allOf: [{ $ref: '#/$defs/Dataset' }],
      },
      DatasetFacet: {
        description: 'A Dataset Facet',
        type: 'object',
        allOf: [
          { $ref: '#/$defs/BaseFacet' },
          {
            type: 'object',
            properties: { _deleted: { description: 'set to true to delete a facet', type: 'boolean' } },
          },
        ],
      },
      BaseFacet: {
        description: 'all fields of the base facet are prefixed with _ to avoid name conflicts in facets',
        type: 'object',
        properties: {
          _producer: {
            description:
              'URI identifying the producer of this metadata. For example this could be a git url with a given tag or sha',
            type: 'string',
            format: 'uri',
            example: 'https://github.com/OpenLineage/OpenLineage/blob/v1-0-0/client',
          },
          _schemaURL: {
            description:
              'The JSON Pointer (https://tools.ietf.org/html/rfc6901) URL to the corresponding version of the schema definition for this facet',
            type: 'string',
            format: 'uri',
            example: 'https://openlineage.io/spec/1-0-2/OpenLineage.json#/$defs/BaseFacet',
          },
        },
        additionalProperties: true,
        required: ['_producer', '_schemaURL'],
      },
    },
    oneOf: [{ $ref: '#/$defs/RunEvent' }, { $ref: '#/$defs/DatasetEvent' }, { $ref: '#/$defs/JobEvent' }],
  },
  'facets/BaseSubsetDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-0/BaseSubsetDatasetFacet.json',
    $defs: {
      BaseSubsetDatasetFacet: {
        oneOf: [
          { $ref: '#/$defs/InputSubsetInputDatasetFacet' },
          { $ref: '#/$defs/OutputSubsetOutputDatasetFacet' },
        ],
      },
      OutputSubsetOutputDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/OutputDatasetFacet' },
          {
            type: 'object',
            properties: { outputCondition: { $ref: '#/$defs/BaseSubsetCondition' } },
            required: ['outputCondition'],
          },
        ],
      },
      InputSubsetInputDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/InputDatasetFacet' },
          {
            type: 'object',
            properties: { inputCondition: { $ref: '#/$defs/BaseSubsetCondition' } },
            required: ['inputCondition'],
          },
        ],
      },
      BaseSubsetCondition: {
        description: 'The condition to define a subset',
        type: 'object',
        oneOf: [
          { $ref: '#/$defs/LocationSubsetCondition' },
          { $ref: '#/$defs/PartitionSubsetCondition' },
          { $ref: '#/$defs/BinarySubsetCondition' },
          { $ref: '#/$defs/CompareSubsetCondition' },
        ],
      },
      BinarySubsetCondition: {
        type: 'object',
        properties: {
          left: { $ref: '#/$defs/BaseSubsetCondition' },
          right: { $ref: '#/$defs/BaseSubsetCondition' },
          type: { const: 'binary' },
          operator: { type: 'string', example: 'AND', description: "Allowed values: 'AND' or 'OR'" },
        },
        required: ['left', 'right', 'operator', 'type'],
      },
      CompareSubsetCondition: {
        type: 'object',
        properties: {
          type: { const: 'compare' },
          left: {
            oneOf: [
              { $ref: '#/$defs/FieldBaseCompareExpression' },
              { $ref: '#/$defs/LiteralCompareExpression' },
            ],
          },
          right: {
            oneOf: [
              { $ref: '#/$defs/FieldBaseCompareExpression' },
              { $ref: '#/$defs/LiteralCompareExpression' },
            ],
          },
          comparison: {
            type: 'string',
            example: 'EQUAL',
            description:
              "Allowed values: 'EQUAL', 'GREATER_THAN', 'GREATER_EQUAL_THAN', 'LESS_THAN', 'LESS_EQUAL_THAN'",
          },
        },
        required: ['left', 'right', 'comparison', 'type'],
      },
      FieldBaseCompareExpression: {
        type: 'object',
        properties: { type: { const: 'field' }, field: { type: 'string' } },
        required: ['field', 'type'],
      },
      LiteralCompareExpression: {
        type: 'object',
        properties: { type: { const: 'literal' }, value: { type: 'string' } },
        required: ['value', 'type'],
      },
      PartitionSubsetCondition: {
        type: 'object',
        properties: {
          type: { const: 'partition' },
          partitions: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                identifier: {
                  type: 'string',
                  description: 'Optionally provided identifier of the partition specified',
                },
                dimensions: { type: 'object', additionalProperties: true },
              },
              required: ['dimensions'],
            },
          },
        },
        required: ['partitions', 'type'],
      },
      LocationSubsetCondition: {
        type: 'object',
        properties: { type: { const: 'location' }, locations: { type: 'array', items: { type: 'string' } } },
        required: ['locations', 'type'],
      },
    },
    type: 'object',
    properties: { subset: { $ref: '#/$defs/BaseSubsetDatasetFacet' } },
    required: ['subset'],
  },
  'facets/CatalogDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-1-0/CatalogDatasetFacet.json',
    $defs: {
      CatalogDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetFacet' },
          {
            type: 'object',
            properties: {
              framework: {
                description: 'The storage framework for which the catalog is configured',
                type: 'string',
                example: 'iceberg, delta, hive',
              },
              type: { description: 'Type of the catalog.', type: 'string', example: 'jdbc, glue, polaris' },
              name: {
                description: 'Name of the catalog, as configured in the source system.',
                type: 'string',
                example: 'my_iceberg_catalog',
              },
              metadataUri: {
                description: 'URI or connection string to the catalog, if applicable.',
                type: 'string',
                example: 'jdbc:mysql://host:3306/iceberg_database',
              },
              warehouseUri: {
                description:
                  'URI or connection string to the physical location of the data that the catalog describes.',
                type: 'string',
                example: 's3://bucket/path/to/iceberg/warehouse',
              },
              source: {
                description: 'Source system where the catalog is configured.',
                type: 'string',
                example: 'spark, flink, hive',
              },
              catalogProperties: {
                description: 'Additional catalog properties',
                type: 'object',
                additionalProperties: { type: 'string' },
              },
            },
            required: ['framework', 'type', 'name'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { catalog: { $ref: '#/$defs/CatalogDatasetFacet' } },
  },
  'facets/ColumnLineageDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json',
    $defs: {
      ColumnLineageDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetFacet' },
          {
            type: 'object',
            properties: {
              fields: {
                description:
                  'Column level lineage that maps output fields into input fields used to evaluate them.',
                type: 'object',
                additionalProperties: {
                  type: 'object',
                  properties: {
                    inputFields: { type: 'array', items: { $ref: '#/$defs/InputField' } },
                    transformationDescription: {
                      type: 'string',
                      description: 'a string representation of the transformation applied',
                      deprecated: true,
                    },
                    transformationType: {
                      type: 'string',
                      description:
                        'IDENTITY|MASKED reflects a clearly defined behavior. IDENTITY: exact same as input; MASKED: no original data available (like a hash of PII for example)',
                      deprecated: true,
                    },
                  },
                  additionalProperties: true,
                  required: ['inputFields'],
                },
              },
              dataset: {
                description:
                  'Column level lineage that affects the whole dataset. This includes filtering, sorting, grouping (aggregates), joining, window functions, etc.',
                type: 'array',
                items: { $ref: '#/$defs/InputField' },
              },
            },
            additionalProperties: true,
            required: ['fields'],
          },
        ],
        type: 'object',
      },
      InputField: {
        description: 'Represents a single dependency on some field (column).',
        type: 'object',
        properties: {
          namespace: { type: 'string', description: 'The input dataset namespace' },
          name: { type: 'string', description: 'The input dataset name' },
          field: { type: 'string', description: 'The input field' },
          transformations: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                type: {
                  description: 'The type of the transformation. Allowed values are: DIRECT, INDIRECT',
                  type: 'string',
                },
                subtype: { type: 'string', description: 'The subtype of the transformation' },
                description: {
                  type: 'string',
                  description: 'a string representation of the transformation applied',
                },
                masking: { type: 'boolean', description: 'is transformation masking the data or not' },
              },
              required: ['type'],
              additionalProperties: true,
            },
          },
        },
        additionalProperties: true,
        required: ['namespace', 'name', 'field'],
      },
    },
    type: 'object',
    properties: { columnLineage: { $ref: '#/$defs/ColumnLineageDatasetFacet' } },
  },
  'facets/DataQualityAssertionsDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-1-0/DataQualityAssertionsDatasetFacet.json',
    $defs: {
      DataQualityAssertionsDatasetFacet: {
        description: 'list of tests performed on dataset or dataset columns, and their results',
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/InputDatasetFacet' },
          {
            type: 'object',
            required: ['assertions'],
            properties: {
              assertions: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    assertion: {
                      type: 'string',
                      description:
                        "Classification of the test, e.g. 'not_null', 'unique', 'row_count', 'freshness', 'custom_sql'.",
                      example: 'not_null',
                    },
                    success: {
                      type: 'boolean',
                      description:
                        "Whether the test found issues: 'true' (no issues found), 'false' (issues found). Independent of severity - a test can fail without blocking the pipeline when severity is 'warn'.",
                    },
                    column: {
                      type: 'string',
                      description:
                        'Column that test refers to. It should match the name provided in SchemaDatasetFacet. If column field is empty, then test refers to whole dataset.',
                      example: 'id',
                    },
                    severity: {
                      type: 'string',
                      description:
                        "The configured severity level of the assertion. Common values are 'error' (test failure blocks pipeline) or 'warn' (test failure produces warning only).",
                      example: 'error',
                    },
                    name: {
                      type: 'string',
                      description: 'Name identifying the test.',
                      example: 'assert_no_orphans',
                    },
                    description: {
                      type: 'string',
                      description: 'Human-readable description of what the assertion checks.',
                      example: 'Ensures all order IDs are unique across the table.',
                    },
                    expected: {
                      type: 'string',
                      description:
                        'The expected value or threshold for the assertion, serialized as a string.',
                      example: '1000',
                    },
                    actual: {
                      type: 'string',
                      description: 'The actual value observed during the assertion, serialized as a string.',
                      example: '999',
                    },
                    content: {
                      type: 'string',
                      description: 'The assertion body, e.g. a SQL query or expression.',
                      example: 'SELECT COUNT(*) FROM orders WHERE amount < 0',
                    },
                    contentType: {
                      type: 'string',
                      description:
                        "The format of the content field, allowing consumers to interpret or filter assertion content. Common values include 'sql', 'json', 'expression'.",
                      example: 'sql',
                    },
                    params: {
                      type: 'object',
                      description: 'Arbitrary key-value pairs for assertion-specific inputs.',
                      additionalProperties: true,
                    },
                  },
                  required: ['assertion', 'success'],
                },
              },
            },
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { dataQualityAssertions: { $ref: '#/$defs/DataQualityAssertionsDatasetFacet' } },
  },
  'facets/DataQualityMetricsDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-0/DataQualityMetricsDatasetFacet.json',
    $defs: {
      DataQualityMetricsDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetFacet' },
          {
            type: 'object',
            required: ['columnMetrics'],
            properties: {
              rowCount: { description: 'The number of rows evaluated', type: 'integer' },
              bytes: { description: 'The size in bytes', type: 'integer' },
              fileCount: { description: 'The number of files evaluated', type: 'integer' },
              lastUpdated: {
                description: 'The last time the dataset was changed',
                type: 'string',
                format: 'date-time',
              },
              columnMetrics: {
                description: 'The property key is the column name',
                type: 'object',
                additionalProperties: {
                  type: 'object',
                  properties: {
                    nullCount: {
                      description: 'The number of null values in this column for the rows evaluated',
                      type: 'integer',
                    },
                    distinctCount: {
                      description: 'The number of distinct values in this column for the rows evaluated',
                      type: 'integer',
                    },
                    sum: {
                      description: 'The total sum of values in this column for the rows evaluated',
                      type: 'number',
                    },
                    count: { description: 'The number of values in this column', type: 'number' },
                    min: { type: 'number' },
                    max: { type: 'number' },
                    quantiles: {
                      description: 'The property key is the quantile. Examples: 0.1 0.25 0.5 0.75 1',
                      type: 'object',
                      additionalProperties: { type: 'number' },
                    },
                  },
                },
              },
            },
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { dataQualityMetrics: { $ref: '#/$defs/DataQualityMetricsDatasetFacet' } },
  },
  'facets/DataQualityMetricsInputDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-3/DataQualityMetricsInputDatasetFacet.json',
    $defs: {
      DataQualityMetricsInputDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/InputDatasetFacet' },
          {
            type: 'object',
            required: ['columnMetrics'],
            properties: {
              rowCount: { description: 'The number of rows evaluated', type: 'integer' },
              bytes: { description: 'The size in bytes', type: 'integer' },
              fileCount: { description: 'The number of files evaluated', type: 'integer' },
              lastUpdated: {
                description: 'The last time the dataset was changed',
                type: 'string',
                format: 'date-time',
              },
              columnMetrics: {
                description: 'The property key is the column name',
                type: 'object',
                additionalProperties: {
                  type: 'object',
                  properties: {
                    nullCount: {
                      description: 'The number of null values in this column for the rows evaluated',
                      type: 'integer',
                    },
                    distinctCount: {
                      description: 'The number of distinct values in this column for the rows evaluated',
                      type: 'integer',
                    },
                    sum: {
                      description: 'The total sum of values in this column for the rows evaluated',
                      type: 'number',
                    },
                    count: { description: 'The number of values in this column', type: 'number' },
                    min: { type: 'number' },
                    max: { type: 'number' },
                    quantiles: {
                      description: 'The property key is the quantile. Examples: 0.1 0.25 0.5 0.75 1',
                      type: 'object',
                      additionalProperties: { type: 'number' },
                    },
                  },
                },
              },
            },
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { dataQualityMetrics: { $ref: '#/$defs/DataQualityMetricsInputDatasetFacet' } },
  },
  'facets/DatasetTypeDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-1/DatasetTypeDatasetFacet.json',
    $defs: {
      DatasetTypeDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetFacet' },
          {
            type: 'object',
            properties: {
              datasetType: {
                description: 'Dataset type, for example: TABLE|VIEW|FILE|TOPIC|STREAM|MODEL|JOB_OUTPUT.',
                type: 'string',
                example: 'FILE',
              },
              subType: {
                description:
                  'Optional sub-type within the dataset type (e.g., MATERIALIZED, EXTERNAL, TEMPORARY).',
                type: 'string',
              },
            },
            required: ['datasetType'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { datasetType: { $ref: '#/$defs/DatasetTypeDatasetFacet' } },
  },
  'facets/DatasetVersionDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-1/DatasetVersionDatasetFacet.json',
    $defs: {
      DatasetVersionDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetFacet' },
          {
            type: 'object',
            properties: { datasetVersion: { description: 'The version of the dataset.', type: 'string' } },
            additionalProperties: true,
            required: ['datasetVersion'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { version: { $ref: '#/$defs/DatasetVersionDatasetFacet' } },
  },
  'facets/DatasourceDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-1/DatasourceDatasetFacet.json',
    $defs: {
      DatasourceDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetFacet' },
          {
            type: 'object',
            properties: { name: { type: 'string' }, uri: { type: 'string', format: 'uri' } },
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { dataSource: { $ref: '#/$defs/DatasourceDatasetFacet' } },
  },
  'facets/DocumentationDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-1-0/DocumentationDatasetFacet.json',
    $defs: {
      DocumentationDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetFacet' },
          {
            type: 'object',
            properties: {
              description: {
                description: 'The description of the dataset.',
                type: 'string',
                example: 'canonical representation of entity Foo',
              },
              contentType: {
                description: 'MIME type of the description field content.',
                type: 'string',
                example: 'application/json, text/markdown',
              },
            },
            required: ['description'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { documentation: { $ref: '#/$defs/DocumentationDatasetFacet' } },
  },
  'facets/DocumentationJobFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-1-0/DocumentationJobFacet.json',
    $defs: {
      DocumentationJobFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobFacet' },
          {
            type: 'object',
            properties: {
              description: { description: 'The description of the job.', type: 'string' },
              contentType: {
                description: 'MIME type of the description field content.',
                type: 'string',
                example: 'application/json, text/markdown',
              },
            },
            required: ['description'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { documentation: { $ref: '#/$defs/DocumentationJobFacet' } },
  },
  'facets/EnvironmentVariablesRunFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-0/EnvironmentVariablesRunFacet.json',
    $defs: {
      EnvironmentVariable: {
        type: 'object',
        properties: {
          name: { description: 'The name of the environment variable.', type: 'string' },
          value: { description: 'The value of the environment variable.', type: 'string' },
        },
        required: ['name', 'value'],
      },
      EnvironmentVariablesRunFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet' },
          {
            type: 'object',
            properties: {
              environmentVariables: {
                description: 'The environment variables for the run.',
                type: 'array',
                items: { $ref: '#/$defs/EnvironmentVariable' },
              },
            },
            required: ['environmentVariables'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { environmentVariables: { $ref: '#/$defs/EnvironmentVariablesRunFacet' } },
  },
  'facets/ErrorMessageRunFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-1/ErrorMessageRunFacet.json',
    $defs: {
      ErrorMessageRunFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet' },
          {
            type: 'object',
            properties: {
              message: {
                description:
                  'A human-readable string representing error message generated by observed system',
                type: 'string',
                example:
                  'org.apache.spark.sql.AnalysisException: Table or view not found: wrong_table_name; line 1 pos 14',
              },
              programmingLanguage: {
                description: 'Programming language the observed system uses.',
                type: 'string',
                example: 'JAVA',
              },
              stackTrace: {
                description: 'A language-specific stack trace generated by observed system',
                type: 'string',
                example:
                  'Exception in thread "main" java.lang.RuntimeException: A test exception\nat io.openlineage.SomeClass.method(SomeClass.java:13)\nat io.openlineage.SomeClass.anotherMethod(SomeClass.java:9)',
              },
            },
            required: ['message', 'programmingLanguage'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { errorMessage: { $ref: '#/$defs/ErrorMessageRunFacet' } },
  },
  'facets/ExecutionParametersRunFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-0/ExecutionParametersRunFacet.json',
    $defs: {
      ExecutionParameter: {
        type: 'object',
        properties: {
          key: { type: 'string', description: 'Unique identifier of the property.', example: 'task.timeout' },
          name: {
            type: 'string',
            description: 'Human-readable name of the property.',
            example: 'Task timeout',
          },
          description: {
            type: 'string',
            description: 'Human-readable description of the property.',
            example: 'How long (in seconds) can individual task run without timing out.',
          },
          value: { type: 'string', description: 'Value of the property.', example: 3600 },
        },
        required: ['key'],
        additionalProperties: false,
      },
      ExecutionParametersRunFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet' },
          {
            type: 'object',
            properties: {
              parameters: {
                description: 'The parameters passed to the Job at runtime',
                type: 'array',
                items: { $ref: '#/$defs/ExecutionParameter' },
              },
            },
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { executionParameters: { $ref: '#/$defs/ExecutionParametersRunFacet' } },
  },
  'facets/ExternalQueryRunFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-2/ExternalQueryRunFacet.json',
    $defs: {
      ExternalQueryRunFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet' },
          {
            type: 'object',
            properties: {
              externalQueryId: {
                description: 'Identifier for the external system',
                type: 'string',
                example: 'my-project-1234:US.bquijob_123x456_123y123z123c',
              },
              source: { description: 'source of the external query', type: 'string', example: 'bigquery' },
            },
            required: ['externalQueryId', 'source'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { externalQuery: { $ref: '#/$defs/ExternalQueryRunFacet' } },
  },
  'facets/ExtractionErrorRunFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-1-2/ExtractionErrorRunFacet.json',
    $defs: {
      ExtractionErrorRunFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet' },
          {
            type: 'object',
            properties: {
              totalTasks: {
                description:
                  'The number of distinguishable tasks in a run that were processed by OpenLineage, whether successfully or not. Those could be, for example, distinct SQL statements.',
                type: 'integer',
              },
              failedTasks: {
                description:
                  'The number of distinguishable tasks in a run that were processed not successfully by OpenLineage. Those could be, for example, distinct SQL statements.',
                type: 'integer',
              },
              errors: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    errorMessage: {
                      description: 'Text representation of extraction error message.',
                      type: 'string',
                    },
                    stackTrace: { description: 'Stack trace of extraction error message', type: 'string' },
                    task: {
                      description:
                        'Text representation of task that failed. This can be, for example, SQL statement that parser could not interpret.',
                      type: 'string',
                    },
                    taskNumber: { description: 'Order of task (counted from 0).', type: 'integer' },
                  },
                  required: ['errorMessage'],
                },
              },
            },
            required: ['totalTasks', 'failedTasks', 'errors'],
          },
        ],
      },
    },
    type: 'object',
    properties: { extractionError: { $ref: '#/$defs/ExtractionErrorRunFacet' } },
  },
  'facets/HierarchyDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-0/HierarchyDatasetFacet.json',
    $defs: {
      HierarchyDatasetFacetLevel: {
        type: 'object',
        properties: {
          type: {
            type: 'string',
            description: 'Dataset hierarchy level type',
            example: 'DATABASE|SCHEMA|TABLE',
          },
          name: {
            description: 'Dataset hierarchy level name',
            type: 'string',
            example: 'my_db|my_schema|my_table',
          },
        },
        required: ['type', 'name'],
      },
      HierarchyDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetFacet' },
          {
            type: 'object',
            properties: {
              hierarchy: {
                type: 'array',
                description:
                  'Dataset hierarchy levels (e.g. DATABASE -> SCHEMA -> TABLE), from highest to lowest level. The order is important',
                items: { $ref: '#/$defs/HierarchyDatasetFacetLevel' },
              },
            },
            required: ['hierarchy'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { hierarchy: { $ref: '#/$defs/HierarchyDatasetFacet' } },
  },
  'facets/InputStatisticsInputDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-0/InputStatisticsInputDatasetFacet.json',
    $defs: {
      InputStatisticsInputDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/InputDatasetFacet' },
          {
            type: 'object',
            properties: {
              rowCount: { description: 'The number of rows read', type: 'integer' },
              size: { description: 'The size in bytes read', type: 'integer' },
              fileCount: { description: 'The number of files read', type: 'integer' },
            },
          },
        ],
      },
    },
    type: 'object',
    properties: { inputStatistics: { $ref: '#/$defs/InputStatisticsInputDatasetFacet' } },
  },
  'facets/JobDependenciesRunFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-1/JobDependenciesRunFacet.json',
    $defs: {
      RunIdentifier: {
        type: 'object',
        description: 'Used to store information about run (e.g., runId).',
        properties: {
          runId: { description: 'The globally unique ID of the run.', type: 'string', format: 'uuid' },
        },
        required: ['runId'],
      },
      JobIdentifier: {
        type: 'object',
        description: 'Used to store information about job (e.g., namespace and name).',
        properties: {
          namespace: { description: 'The namespace containing the job', type: 'string' },
          name: { description: 'The unique name of a job within that namespace', type: 'string' },
        },
        required: ['namespace', 'name'],
      },
      JobDependency: {
        type: 'object',
        description: 'Used to store all information about job dependency (e.g., job, run, etc.).',
        additionalProperties: true,
        properties: {
          job: { $ref: '#/$defs/JobIdentifier' },
          run: { $ref: '#/$defs/RunIdentifier' },
          dependency_type: {
            type: 'string',
            description:
              'Used to describe whether the upstream job directly triggers the downstream job, or whether the dependency is implicit (e.g. time-based).',
            example: 'DIRECT_INVOCATION|IMPLICIT_DEPENDENCY',
          },
          sequence_trigger_rule: {
            type: 'string',
            description:
              'Used to describe the exact sequence condition on which the downstream job can be executed (FINISH_TO_START - downstream job can start when upstream finished; FINISH_TO_FINISH - job executions can overlap, but need to finish in specified order; START_TO_START - jobs need to start at the same time in parallel).',
            example: 'FINISH_TO_START|FINISH_TO_FINISH|START_TO_START',
          },
          status_trigger_rule: {
            type: 'string',
            description:
              'Used to describe if the downstream job should be run based on the status of the upstream job.',
            example: 'EXECUTE_EVERY_TIME|EXECUTE_ON_SUCCESS|EXECUTE_ON_FAILURE',
          },
        },
        required: ['job'],
      },
      JobDependenciesRunFacet: {
        description:
          'Maps execution dependencies (control flow relationships) between upstream and downstream job runs',
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet' },
          {
            type: 'object',
            properties: {
              upstream: {
                description: 'Job runs that must complete before the current run can start.',
                type: 'array',
                items: { $ref: '#/$defs/JobDependency' },
              },
              downstream: {
                description: 'Job runs that will start after completion of the current run.',
                type: 'array',
                items: { $ref: '#/$defs/JobDependency' },
              },
              trigger_rule: {
                type: 'string',
                description:
                  'Specifies the condition under which this job will run based on the status of upstream jobs.',
                example: 'ALL_SUCCESS|ALL_DONE|ONE_SUCCESS|NONE_FAILED',
              },
            },
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { jobDependencies: { $ref: '#/$defs/JobDependenciesRunFacet' } },
  },
  'facets/JobTypeJobFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/2-0-4/JobTypeJobFacet.json',
    $defs: {
      JobTypeJobFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobFacet' },
          {
            type: 'object',
            properties: {
              processingType: {
                description:
                  'Job processing type: BATCH (finite jobs with clear start/end), STREAMING (continuous jobs processing data streams), or SERVICE (continuous long-running services). BATCH jobs are finite and emit START/COMPLETE/FAIL/ABORT events. STREAMING and SERVICE jobs are continuous with no natural completion point.',
                type: 'string',
                example: 'BATCH',
              },
              integration: {
                description: 'OpenLineage integration type of this job: for example SPARK|DBT|AIRFLOW|FLINK',
                type: 'string',
                example: 'SPARK',
              },
              jobType: {
                description:
                  'Run type, for example: QUERY|COMMAND|DAG|TASK|JOB|MODEL. This is an integration-specific field.',
                type: 'string',
                example: 'QUERY',
              },
              emissionPattern: {
                description: 'Describes how and what the job emits in its events',
                type: 'object',
                properties: {
                  eventTrigger: {
                    description:
                      'Defines when events are emitted. EVENT_BASED: events emitted on lifecycle transitions (START/COMPLETE/FAIL/ABORT). PERIODIC: events emitted at regular time intervals.',
                    type: 'string',
                    example: 'EVENT_BASED',
                  },
                  eventContentMode: {
                    description:
                      'Define if individual events are self-sufficient and can be processed individually, or need to be combined by consumer. ACCUMULATIVE: Events may contain only partial information and the complete information can be collected by combining information from all the events emitted by a specific job run. COMPLETE_SNAPSHOT: events contain complete state for a specific time window (events can be processed independently).',
                    type: 'string',
                    example: 'ACCUMULATIVE',
                  },
                  windowDuration: {
                    description:
                      'Time window duration for periodic event emissions in seconds. Only applicable when eventTrigger is PERIODIC. Required when eventTrigger is PERIODIC and eventContentMode is COMPLETE_SNAPSHOT.',
                    type: 'integer',
                    minimum: 1,
                    example: 300,
                  },
                },
                required: ['eventTrigger', 'eventContentMode'],
              },
            },
            required: ['processingType', 'integration'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { jobType: { $ref: '#/$defs/JobTypeJobFacet' } },
  },
  'facets/LifecycleStateChangeDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-1/LifecycleStateChangeDatasetFacet.json',
    $defs: {
      LifecycleStateChangeDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetFacet' },
          {
            type: 'object',
            properties: {
              lifecycleStateChange: {
                description: 'The lifecycle state change.',
                type: 'string',
                enum: ['ALTER', 'CREATE', 'DROP', 'OVERWRITE', 'RENAME', 'TRUNCATE'],
              },
              previousIdentifier: {
                description: 'Previous name of the dataset in case of renaming it.',
                type: 'object',
                properties: {
                  name: { documentation: 'Previous dataset name.', type: 'string' },
                  namespace: { documentation: 'Previous dataset namespace.', type: 'string' },
                },
                required: ['name', 'namespace'],
              },
            },
            required: ['lifecycleStateChange'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { lifecycleStateChange: { $ref: '#/$defs/LifecycleStateChangeDatasetFacet' } },
  },
  'facets/LineageFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-0/LineageFacet.json',
    $defs: {
      LineageDatasetFacet: {
        type: 'object',
        description:
          'Explicit lineage for this dataset. Describes which source entities feed into it, at entity and/or field granularity.',
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetFacet' },
          {
            type: 'object',
            properties: {
              inputs: {
                type: 'array',
                description:
                  'Dataset-level source inputs. A source with a field represents a dataset-wide operation where that field affects the entire target dataset.',
                items: { $ref: '#/$defs/LineageInput' },
              },
              fields: {
                type: 'object',
                description: 'Field-level lineage. Maps target field names to their source inputs.',
                additionalProperties: { $ref: '#/$defs/LineageFieldEntry' },
              },
            },
          },
        ],
      },
      LineageJobFacet: {
        type: 'object',
        description:
          "Explicit lineage for a job. On a JobEvent it is the job's declared lineage; on a RunEvent it is lineage observed during that run.",
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobFacet' },
          {
            type: 'object',
            properties: {
              entries: {
                type: 'array',
                description:
                  'Lineage entries describing target entities and the source entities that feed them.',
                items: { $ref: '#/$defs/LineageEntry' },
              },
            },
            required: ['entries'],
          },
        ],
      },
      LineageEntry: {
        description: 'A target dataset or job in an explicit lineage relationship.',
        oneOf: [{ $ref: '#/$defs/LineageDatasetEntry' }, { $ref: '#/$defs/LineageJobEntry' }],
      },
      LineageDatasetEntry: {
        type: 'object',
        description:
          'Describes data flowing into a target dataset from source entities, at entity and/or field granularity.',
        properties: {
          namespace: { type: 'string', description: 'The namespace of the target dataset.' },
          name: { type: 'string', description: 'The name of the target dataset.' },
          type: {
            type: 'string',
            enum: ['DATASET'],
            description: 'The target entity type. Must be DATASET.',
          },
          inputs: {
            type: 'array',
            description:
              'Entity-level inputs feeding this target dataset. An empty array explicitly means that the target has no tracked upstream source.',
            items: { $ref: '#/$defs/LineageInput' },
          },
          fields: {
            type: 'object',
            description: 'Field-level lineage. Maps target field names to their source inputs.',
            additionalProperties: { $ref: '#/$defs/LineageFieldEntry' },
          },
        },
        required: ['namespace', 'name', 'type'],
      },
      LineageJobEntry: {
        type: 'object',
        description:
          "Describes data flowing into a target job. Without namespace and name, the target is the event's own job.",
        properties: {
          namespace: {
            type: 'string',
            description:
              "The namespace of the target job. Omit together with name to refer to the event's own job.",
          },
          name: {
            type: 'string',
            description:
              "The name of the target job. Omit together with namespace to refer to the event's own job.",
          },
          type: { type: 'string', enum: ['JOB'], description: 'The target entity type. Must be JOB.' },
          runId: {
            type: 'string',
            format: 'uuid',
            description: 'The target job run when the relationship is tied to a specific execution.',
          },
          inputs: {
            type: 'array',
            description: 'Source inputs feeding this target job.',
            items: { $ref: '#/$defs/LineageInput' },
          },
        },
        dependentRequired: { namespace: ['name'], name: ['namespace'] },
        required: ['type'],
      },
      LineageInput: {
        description: 'A source dataset or job in an explicit lineage relationship.',
        oneOf: [{ $ref: '#/$defs/LineageDatasetInput' }, { $ref: '#/$defs/LineageJobInput' }],
      },
      LineageDatasetInput: {
        type: 'object',
        description: 'A source dataset that feeds data into a lineage target.',
        properties: {
          namespace: { type: 'string', description: 'The namespace of the source dataset.' },
          name: { type: 'string', description: 'The name of the source dataset.' },
          type: {
            type: 'string',
            enum: ['DATASET'],
            description: 'The source entity type. Must be DATASET.',
          },
          field: {
            type: 'string',
            description:
              'The source field. At entity level it represents a dataset-wide dependency; at field level it identifies the source field.',
          },
          transformations: {
            type: 'array',
            description: 'Transformations applied to the source data.',
            items: { $ref: '#/$defs/LineageTransformation' },
          },
        },
        required: ['namespace', 'name', 'type'],
      },
      LineageJobInput: {
        type: 'object',
        description:
          "A source job that feeds data into a lineage target. Without namespace and name, the source is the event's own job.",
        properties: {
          namespace: {
            type: 'string',
            description:
              "The namespace of the source job. Omit together with name to refer to the event's own job.",
          },
          name: {
            type: 'string',
            description:
              "The name of the source job. Omit together with namespace to refer to the event's own job.",
          },
          type: { type: 'string', enum: ['JOB'], description: 'The source entity type. Must be JOB.' },
          runId: {
            type: 'string',
            format: 'uuid',
            description: 'The source job run when the relationship is tied to a specific execution.',
          },
          transformations: {
            type: 'array',
            description: 'Transformations applied by the source job to produce the data.',
            items: { $ref: '#/$defs/LineageTransformation' },
          },
        },
        dependentRequired: { namespace: ['name'], name: ['namespace'] },
        required: ['type'],
      },
      LineageFieldEntry: {
        type: 'object',
        description: 'Field-level lineage for a single target field.',
        properties: {
          inputs: {
            type: 'array',
            description: 'Source entities and/or fields that feed into this target field.',
            items: { $ref: '#/$defs/LineageInput' },
          },
        },
        required: ['inputs'],
      },
      LineageTransformation: {
        type: 'object',
        description: 'A transformation applied to source data in a lineage relationship.',
        properties: {
          type: { type: 'string', description: 'The transformation type, such as DIRECT or INDIRECT.' },
          subtype: {
            type: 'string',
            description:
              'The transformation subtype, such as IDENTITY, AGGREGATION, FILTER, JOIN, GROUP_BY, WINDOW, SORT, or CONDITIONAL.',
          },
          description: { type: 'string', description: 'A string representation of the transformation.' },
          masking: { type: 'boolean', description: 'Whether the transformation masks the source data.' },
        },
        required: ['type'],
      },
    },
    type: 'object',
    properties: {
      lineage: { anyOf: [{ $ref: '#/$defs/LineageDatasetFacet' }, { $ref: '#/$defs/LineageJobFacet' }] },
    },
  },
  'facets/NominalTimeRunFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-1/NominalTimeRunFacet.json',
    $defs: {
      NominalTimeRunFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet' },
          {
            type: 'object',
            properties: {
              nominalStartTime: {
                description:
                  'An [ISO-8601](https://en.wikipedia.org/wiki/ISO_8601) timestamp representing the nominal start time (included) of the run. AKA the schedule time',
                type: 'string',
                format: 'date-time',
                example: '2020-12-17T03:00:00.000Z',
              },
              nominalEndTime: {
                description:
                  'An [ISO-8601](https://en.wikipedia.org/wiki/ISO_8601) timestamp representing the nominal end time (excluded) of the run. (Should be the nominal start time of the next run)',
                type: 'string',
                format: 'date-time',
                example: '2020-12-17T04:00:00.000Z',
              },
            },
            required: ['nominalStartTime'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { nominalTime: { $ref: '#/$defs/NominalTimeRunFacet' } },
  },
  'facets/OutputStatisticsOutputDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-2/OutputStatisticsOutputDatasetFacet.json',
    $defs: {
      OutputStatisticsOutputDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/OutputDatasetFacet' },
          {
            type: 'object',
            properties: {
              rowCount: { description: 'The number of rows written to the dataset', type: 'integer' },
              size: { description: 'The size in bytes written to the dataset', type: 'integer' },
              fileCount: { description: 'The number of files written to the dataset', type: 'integer' },
            },
          },
        ],
      },
    },
    type: 'object',
    properties: { outputStatistics: { $ref: '#/$defs/OutputStatisticsOutputDatasetFacet' } },
  },
  'facets/OwnershipDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-1/OwnershipDatasetFacet.json',
    $defs: {
      OwnershipDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetFacet' },
          {
            type: 'object',
            properties: {
              owners: {
                description: 'The owners of the dataset.',
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    name: {
                      description:
                        'the identifier of the owner of the Dataset. It is recommended to define this as a URN. For example application:foo, user:jdoe, team:data',
                      type: 'string',
                      example: 'application:app_name',
                    },
                    type: {
                      description: 'The type of ownership (optional)',
                      type: 'string',
                      example: 'MAINTAINER',
                    },
                  },
                  required: ['name'],
                },
              },
            },
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { ownership: { $ref: '#/$defs/OwnershipDatasetFacet' } },
  },
  'facets/OwnershipJobFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-1/OwnershipJobFacet.json',
    $defs: {
      OwnershipJobFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobFacet' },
          {
            type: 'object',
            properties: {
              owners: {
                description: 'The owners of the job.',
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    name: {
                      description:
                        'the identifier of the owner of the Job. It is recommended to define this as a URN. For example application:foo, user:jdoe, team:data',
                      type: 'string',
                      example: 'application:app_name',
                    },
                    type: {
                      description: 'The type of ownership (optional)',
                      type: 'string',
                      example: 'MAINTAINER',
                    },
                  },
                  required: ['name'],
                },
              },
            },
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { ownership: { $ref: '#/$defs/OwnershipJobFacet' } },
  },
  'facets/ParentRunFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-2-0/ParentRunFacet.json',
    $defs: {
      RootRun: {
        type: 'object',
        properties: {
          runId: {
            description: 'The globally unique ID of the root run associated with the root job.',
            type: 'string',
            format: 'uuid',
          },
          facets: {
            description:
              "Selected subset of facets of the root run (not the current run), forwarded here for convenience. See the root run's own event for full information.",
            type: 'object',
            anyOf: [
              {
                type: 'object',
                additionalProperties: {
                  $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet',
                },
              },
            ],
          },
        },
        required: ['runId'],
      },
      RootJob: {
        type: 'object',
        properties: {
          namespace: {
            description: 'The namespace containing root job',
            type: 'string',
            example: 'my-scheduler-namespace',
          },
          name: {
            description: 'The unique name containing root job within that namespace',
            type: 'string',
            example: 'myjob.mytask',
          },
          facets: {
            description:
              "Selected subset of facets of the root job (not the current job), forwarded here for convenience. See the root job's own event for full information.",
            type: 'object',
            anyOf: [
              {
                type: 'object',
                additionalProperties: {
                  $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobFacet',
                },
              },
            ],
          },
        },
        required: ['namespace', 'name'],
      },
      ParentRunFacet: {
        description:
          'the id of the parent run and job, iff this run was spawn from an other run (for example, the Dag run scheduling its tasks)',
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet' },
          {
            type: 'object',
            properties: {
              run: {
                type: 'object',
                properties: {
                  runId: {
                    description: 'The globally unique ID of the run associated with the job.',
                    type: 'string',
                    format: 'uuid',
                  },
                  facets: {
                    description:
                      "Selected subset of facets of the parent run (not the current run), forwarded here for convenience. See the parent run's own event for full information.",
                    type: 'object',
                    anyOf: [
                      {
                        type: 'object',
                        additionalProperties: {
                          $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet',
                        },
                      },
                    ],
                  },
                },
                required: ['runId'],
              },
              job: {
                type: 'object',
                properties: {
                  namespace: {
                    description: 'The namespace containing that job',
                    type: 'string',
                    example: 'my-scheduler-namespace',
                  },
                  name: {
                    description: 'The unique name for that job within that namespace',
                    type: 'string',
                    example: 'myjob.mytask',
                  },
                  facets: {
                    description:
                      "Selected subset of facets of the parent job (not the current job), forwarded here for convenience. See the parent job's own event for full information.",
                    type: 'object',
                    anyOf: [
                      {
                        type: 'object',
                        additionalProperties: {
                          $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobFacet',
                        },
                      },
                    ],
                  },
                },
                required: ['namespace', 'name'],
              },
              root: {
                type: 'object',
                properties: { run: { $ref: '#/$defs/RootRun' }, job: { $ref: '#/$defs/RootJob' } },
                required: ['run', 'job'],
              },
            },
            required: ['run', 'job'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { parent: { $ref: '#/$defs/ParentRunFacet' } },
  },
  'facets/ProcessingEngineRunFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-1-1/ProcessingEngineRunFacet.json',
    $defs: {
      ProcessingEngineRunFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet' },
          {
            type: 'object',
            properties: {
              version: {
                description: 'Processing engine version. Might be Airflow or Spark version.',
                type: 'string',
                example: '2.5.0',
              },
              name: {
                description: 'Processing engine name, e.g. Airflow or Spark',
                type: 'string',
                example: 'Airflow',
              },
              openlineageAdapterVersion: {
                description:
                  'OpenLineage adapter package version. Might be e.g. OpenLineage Airflow integration package version',
                type: 'string',
                example: '0.19.0',
              },
            },
            required: ['version'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { processing_engine: { $ref: '#/$defs/ProcessingEngineRunFacet' } },
  },
  'facets/SQLJobFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-1-0/SQLJobFacet.json',
    $defs: {
      SQLJobFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobFacet' },
          {
            type: 'object',
            properties: {
              query: { type: 'string', example: 'SELECT * FROM foo' },
              dialect: { type: 'string', example: 'snowflake' },
            },
            required: ['query'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { sql: { $ref: '#/$defs/SQLJobFacet' } },
  },
  'facets/SchemaDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json',
    $defs: {
      SchemaDatasetFacetFields: {
        type: 'object',
        properties: {
          name: { description: 'The name of the field.', type: 'string', example: 'column1' },
          type: { description: 'The type of the field.', type: 'string', example: 'VARCHAR|INT|...' },
          description: { description: 'The description of the field.', type: 'string' },
          ordinal_position: {
            description: 'The ordinal position of the field in the schema (1-indexed).',
            type: 'integer',
            example: 1,
          },
          fields: {
            description: 'Nested struct fields.',
            type: 'array',
            items: { $ref: '#/$defs/SchemaDatasetFacetFields' },
          },
        },
        required: ['name'],
      },
      SchemaDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetFacet' },
          {
            type: 'object',
            properties: {
              fields: {
                description: 'The fields of the data source.',
                type: 'array',
                items: { $ref: '#/$defs/SchemaDatasetFacetFields' },
              },
            },
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { schema: { $ref: '#/$defs/SchemaDatasetFacet' } },
  },
  'facets/SourceCodeJobFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-1/SourceCodeJobFacet.json',
    $defs: {
      SourceCodeJobFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobFacet' },
          {
            type: 'object',
            properties: {
              language: {
                description: 'Language in which source code of this job was written.',
                type: 'string',
              },
              sourceCode: { description: 'Source code of this job.', type: 'string' },
            },
            required: ['language', 'sourceCode'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { sourceCode: { $ref: '#/$defs/SourceCodeJobFacet' } },
  },
  'facets/SourceCodeLocationJobFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-1-0/SourceCodeLocationJobFacet.json',
    $defs: {
      SourceCodeLocationJobFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobFacet' },
          {
            type: 'object',
            properties: {
              type: { type: 'string', description: 'the source control system', example: 'git|svn' },
              url: {
                type: 'string',
                description: 'the full http URL to locate the file',
                format: 'uri',
                example:
                  'https://github.com/MarquezProject/marquez-airflow-quickstart/blob/693e35482bc2e526ced2b5f9f76ef83dec6ec691/dags/dummy_example.py',
              },
              repoUrl: {
                type: 'string',
                description: 'the URL to the repository',
                example:
                  'git@github.com:{org}/{repo}.git or https://github.com/{org}/{repo}.git|svn://<your_ip>/<repository_name>',
              },
              path: {
                type: 'string',
                description: 'the path in the repo containing the source files',
                example: 'path/to/my/dags',
              },
              version: {
                type: 'string',
                description: 'the current version deployed (not a branch name, the actual unique version)',
                example: 'git: the git sha | Svn: the revision number',
              },
              tag: { type: 'string', description: 'optional tag name' },
              branch: { type: 'string', description: 'optional branch name' },
              pullRequestNumber: {
                type: 'string',
                description:
                  'optional pull request or merge request number associated with a CI run, populated from CI platform environment variables (e.g. GITHUB_REF, CI_MERGE_REQUEST_IID)',
                example: '42',
              },
            },
            required: ['type', 'url'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { sourceCodeLocation: { $ref: '#/$defs/SourceCodeLocationJobFacet' } },
  },
  'facets/StorageDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-1/StorageDatasetFacet.json',
    $defs: {
      StorageDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetFacet' },
          {
            type: 'object',
            properties: {
              storageLayer: {
                description: 'Storage layer provider with allowed values: iceberg, delta.',
                type: 'string',
              },
              fileFormat: {
                description: 'File format with allowed values: parquet, orc, avro, json, csv, text, xml.',
                type: 'string',
              },
            },
            additionalProperties: true,
            required: ['storageLayer'],
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { storage: { $ref: '#/$defs/StorageDatasetFacet' } },
  },
  'facets/SymlinksDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-1/SymlinksDatasetFacet.json',
    $defs: {
      SymlinksDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetFacet' },
          {
            type: 'object',
            properties: {
              identifiers: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    namespace: { type: 'string', description: 'The dataset namespace' },
                    name: { type: 'string', description: 'The dataset name' },
                    type: { type: 'string', description: 'Identifier type', example: 'table' },
                  },
                  required: ['namespace', 'name', 'type'],
                },
              },
            },
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { symlinks: { $ref: '#/$defs/SymlinksDatasetFacet' } },
  },
  'facets/TagsDatasetFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-0/TagsDatasetFacet.json',
    $defs: {
      TagsDatasetFacetFields: {
        type: 'object',
        properties: {
          key: { description: 'Key that identifies the tag', type: 'string', example: 'pii' },
          value: { description: 'The value of the field', type: 'string', example: 'true|@user1|production' },
          source: {
            description: 'The source of the tag. INTEGRATION|USER|DBT CORE|SPARK|etc.',
            type: 'string',
          },
          field: {
            description: 'Identifies the field in a dataset if a tag applies to one',
            type: 'string',
            example: 'email_address',
          },
        },
        required: ['key', 'value'],
      },
      TagsDatasetFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetFacet' },
          {
            type: 'object',
            properties: {
              tags: {
                description: 'The tags applied to the dataset facet',
                type: 'array',
                items: { $ref: '#/$defs/TagsDatasetFacetFields' },
              },
            },
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { tags: { $ref: '#/$defs/TagsDatasetFacet' } },
  },
  'facets/TagsJobFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-0/TagsJobFacet.json',
    $defs: {
      TagsJobFacetFields: {
        type: 'object',
        properties: {
          key: { description: 'Key that identifies the tag', type: 'string', example: 'pii' },
          value: { description: 'The value of the field', type: 'string', example: 'true|@user1|production' },
          source: {
            description: 'The source of the tag. INTEGRATION|USER|DBT CORE|SPARK|etc.',
            type: 'string',
            example: 'SPARK',
          },
        },
        required: ['key', 'value'],
      },
      TagsJobFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobFacet' },
          {
            type: 'object',
            properties: {
              tags: {
                description: 'The tags applied to the job facet',
                type: 'array',
                items: { $ref: '#/$defs/TagsJobFacetFields' },
              },
            },
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { tags: { $ref: '#/$defs/TagsJobFacet' } },
  },
  'facets/TagsRunFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-0/TagsRunFacet.json',
    $defs: {
      TagsRunFacetFields: {
        type: 'object',
        properties: {
          key: { description: 'Key that identifies the tag', type: 'string', example: 'pii' },
          value: { description: 'The value of the field', type: 'string', example: 'true|@user1|production' },
          source: {
            description: 'The source of the tag. INTEGRATION|USER|DBT CORE|SPARK|etc.',
            type: 'string',
            example: 'SPARK',
          },
        },
        required: ['key', 'value'],
      },
      TagsRunFacet: {
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet' },
          {
            type: 'object',
            properties: {
              tags: {
                description: 'The tags applied to the run facet',
                type: 'array',
                items: { $ref: '#/$defs/TagsRunFacetFields' },
              },
            },
          },
        ],
        type: 'object',
      },
    },
    type: 'object',
    properties: { tags: { $ref: '#/$defs/TagsRunFacet' } },
  },
  'facets/TestRunFacet.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://openlineage.io/spec/facets/1-0-1/TestRunFacet.json',
    $defs: {
      TestRunFacet: {
        description:
          'Results of test executions associated with this run, capturing test outcomes and configured severities independently of dataset attribution.',
        allOf: [
          { $ref: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet' },
          {
            type: 'object',
            properties: {
              tests: {
                description: 'List of test executions and their results.',
                type: 'array',
                items: { $ref: '#/$defs/TestExecution' },
              },
            },
            required: ['tests'],
          },
        ],
        type: 'object',
      },
      TestExecution: {
        type: 'object',
        description: 'A single test execution and its result.',
        properties: {
          name: { type: 'string', description: 'Name identifying the test.', example: 'assert_no_orphans' },
          status: {
            type: 'string',
            description:
              "Whether the test found issues: 'pass' (no issues found), 'fail' (issues found), 'skip' (not executed). Independent of severity — a test can fail without blocking the pipeline when severity is 'warn'.",
            example: 'pass',
          },
          severity: {
            type: 'string',
            description:
              "The configured consequence of a test failure: 'error' (blocks pipeline execution) or 'warn' (produces a warning only, does not block). A test with severity 'warn' and status 'fail' means issues were found but execution continued.",
            example: 'error',
          },
          type: {
            type: 'string',
            description:
              "Classification of the test, e.g. 'not_null', 'unique', 'row_count', 'freshness', 'custom_sql'.",
            example: 'not_null',
          },
          description: {
            type: 'string',
            description: 'Human-readable description of what the test checks.',
            example: 'Ensures all order IDs are unique across the table.',
          },
          expected: {
            type: 'string',
            description: 'The expected value or threshold for the test, serialized as a string.',
            example: '1000',
          },
          actual: {
            type: 'string',
            description: 'The actual value observed during the test, serialized as a string.',
            example: '999',
          },
          content: {
            type: 'string',
            description: 'The test body, e.g. a SQL query or expression.',
            example: 'SELECT COUNT(*) FROM orders WHERE amount < 0',
          },
          contentType: {
            type: 'string',
            description:
              "The format of the content field, allowing consumers to interpret or filter test content. Common values include 'sql', 'json', 'expression'.",
            example: 'sql',
          },
          params: {
            type: 'object',
            description: 'Arbitrary key-value pairs for check-specific inputs.',
            additionalProperties: true,
          },
        },
        required: ['name', 'status'],
      },
    },
    type: 'object',
    properties: { test: { $ref: '#/$defs/TestRunFacet' } },
  },
};
