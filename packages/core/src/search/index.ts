export {
  createTopicSearch,
  loadTopicSearch,
  type TopicSearch,
  type TopicSearchOptions,
  type TopicSearchResult
} from './topic-search.js'
