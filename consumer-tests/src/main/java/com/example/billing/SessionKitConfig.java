package com.example.billing;

// readme:begin spring-bean
import dev.sessionkit.timbal.TimbalClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SessionKitConfig {
  @Bean
  TimbalClient timbal(@Value("${sessionkit.timbal.base-url}") String baseUrl,
      @Value("${sessionkit.timbal.api-key}") String apiKey,
      @Value("${sessionkit.timbal.org-id}") String orgId,
      @Value("${sessionkit.timbal.project-id}") String projectId) {
    return TimbalClient.builder().baseUrl(baseUrl).apiKey(apiKey).orgId(orgId).projectId(projectId).build();
  }
}
// readme:end spring-bean
