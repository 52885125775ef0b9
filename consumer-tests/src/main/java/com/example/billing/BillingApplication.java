package com.example.billing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A user's Spring Boot application that reports on Timbal runs and sessions through SessionKit. */
@SpringBootApplication
public class BillingApplication {
  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(BillingApplication.class, args);
  }
}
